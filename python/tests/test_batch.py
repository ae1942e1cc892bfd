"""herbrand.batch and batch_iter: parallel, in order, the same Reports as single calls."""

import json

import pytest

import herbrand
from conftest import all_triples


def plan_request(i, triple):
    domain, problem, plan = triple
    return {"id": i, "tool": "validate_plan", "arguments": {"domain": domain, "problem": problem, "plan": plan}}


def comparable(report):
    d = report.to_dict()
    d["stats"] = {k: v for k, v in d["stats"].items() if not k.endswith("_ms")}
    return d


def test_batch_gives_the_single_calls_reports_in_order():
    triples = all_triples()
    requests = [plan_request(i, triples[i % len(triples)]) for i in range(200)]
    reports = herbrand.batch(requests, jobs=2)
    assert len(reports) == 200
    singles = [herbrand.validate_plan(*t) for t in triples]
    for i, report in enumerate(reports):
        assert comparable(report) == comparable(singles[i % len(singles)]), i
    assert sum(r.ok for r in reports) == 200 * sum(s.ok for s in singles) // len(singles)


def test_the_jobs_and_the_window_do_not_change_the_reports():
    triples = all_triples()
    rules = {"tool": "check_rules", "arguments": {"program": "e(a, b).\ne(b, c).\np(X, Y) :- e(X, Y).\np(X, Z) :- e(X, Y), p(Y, Z).\n",
                                                  "queries": ["p(a, X)"]}}
    requests = [plan_request(i, t) for i, t in enumerate(triples * 4)] + [rules] * 10
    one = [comparable(r) for r in herbrand.batch(requests, jobs=1)]
    for jobs, window in ((2, 1024), (2, 3), (1, 1)):
        assert [comparable(r) for r in herbrand.batch(requests, jobs=jobs, window=window)] == one


def test_batch_lines_are_read_like_herbrand_batch():
    triple = all_triples()[0]
    line = json.dumps(plan_request(7, triple))
    reports = herbrand.batch([line, "not json", "", {"tool": "validate_plan"}, {"tool": "nope", "arguments": {}},
                              {"tool": "check_rules", "arguments": {"program": "p(a).", "extra": 1}}])
    assert comparable(reports[0]) == comparable(herbrand.validate_plan(*triple))
    assert [r.verdict for r in reports[1:]] == ["error", "error", "error", "error", "error"]
    assert [r.is_error for r in reports] == [False, True, True, True, True, True]
    assert reports[1].codes == ["request/malformed-json"]
    assert reports[2].codes == ["request/empty-line"]
    assert reports[4].codes == ["request/unknown-tool"]
    assert reports[5].codes == ["request/bad-arguments"]


def test_a_request_of_the_wrong_type_raises():
    with pytest.raises(TypeError, match="request 2 is a int"):
        herbrand.batch([{"tool": "nope"}, 3])
    with pytest.raises(TypeError):
        herbrand.batch(5)
    with pytest.raises(ValueError):
        herbrand.batch([], jobs=0)


def test_batch_iter_streams_a_generator_window_by_window():
    triples = all_triples()
    pulled = []

    def requests():
        for i in range(100):
            pulled.append(i)
            yield plan_request(i, triples[i % len(triples)])

    stream = herbrand.batch_iter(requests(), jobs=2, window=10)
    first = next(stream)
    assert first.verdict == herbrand.validate_plan(*triples[0]).verdict
    # The first window and the one read ahead while it was checked; not the whole input.
    assert len(pulled) == 20
    rest = list(stream)
    assert len(rest) == 99 and len(pulled) == 100
    assert list(herbrand.batch_iter([])) == []
