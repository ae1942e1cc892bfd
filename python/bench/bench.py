"""Python package benchmarks, every ratio against a baseline measured in the same run.

    cargo build --release                      # the `herbrand` binary, for the batch baseline
    python python/bench/bench.py               # from the repository root, herbrand installed
    BENCH_REQUESTS=20000 BENCH_SKIP=ray,up python python/bench/bench.py

1. one small validate_plan from Python vs the same registry call made from Rust (in the same
   extension module, `_native._rust_call_seconds`: same build, same session, arguments built
   per call as a caller does); target <= 1.2x;
2. herbrand.batch of 100k small plan requests vs the `herbrand batch` process on the same
   requests as JSONL (`-j 2`, output to /dev/null); target >= 90% of its throughput;
3. unified-planning's SequentialPlanValidator (`validate` only, its parsing not timed) vs
   herbrand.validate_plan on the same plans; target >= 100x;
4. Ray Data map_batches scoring the 100k requests with 1 and with 2 workers.

Medians of BENCH_RUNS (default 5) interleaved runs; peak RSS from getrusage.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import herbrand
from herbrand import _native

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python" / "examples"))
import ray_rewards  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "5"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "100000"))
SKIP = set(filter(None, os.environ.get("BENCH_SKIP", "").split(",")))
JOBS = 2


def median_time(fn, runs=RUNS):
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_mb(who=resource.RUSAGE_SELF):
    return resource.getrusage(who).ru_maxrss / 1024


def single_call():
    domain, problem, plan = ray_rewards.load_tasks()[6]  # blocksworld p01.valid: 6 steps
    assert herbrand.validate_plan(domain, problem, plan).ok
    arguments = json.dumps({"domain": domain, "problem": problem, "plan": plan})
    n = 2_000
    python, rust = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        for _ in range(n):
            herbrand.validate_plan(domain, problem, plan)
        python.append((time.perf_counter() - started) / n)
        rust.append(_native._rust_call_seconds("validate_plan", arguments, n) / n)
    py, rs = statistics.median(python), statistics.median(rust)
    print(f"1. validate_plan, small plan (6 steps), {n} calls x {RUNS} runs")
    print(f"   python {py * 1e6:8.1f} us/call   rust {rs * 1e6:8.1f} us/call   python/rust {py / rs:.3f}  (target <= 1.2)")


def requests_and_file(tmp):
    tasks = ray_rewards.load_tasks()
    requests = []
    for i in range(REQUESTS):
        domain, problem, plan = tasks[i % len(tasks)]
        requests.append({"id": i, "tool": "validate_plan", "arguments": {"domain": domain, "problem": problem, "plan": plan}})
    path = Path(tmp) / "requests.jsonl"
    with path.open("w") as f:
        for r in requests:
            f.write(json.dumps(r) + "\n")
    return requests, path


def batch_throughput(requests, path):
    binary = ROOT / "target" / "release" / "herbrand"
    if not binary.exists():
        print("2. skipped: build target/release/herbrand first (cargo build --release)")
        return

    child_peak_kb = []

    def process():
        # GNU time reports the process's own peak RSS (getrusage of children would count the
        # forked Python's pages).
        with path.open("rb") as stdin, open(os.devnull, "wb") as out:
            run = subprocess.run(["/usr/bin/time", "-f", "%M", str(binary), "batch", "-j", str(JOBS), "--quiet"],
                                 stdin=stdin, stdout=out, stderr=subprocess.PIPE, check=True, text=True)
        child_peak_kb.append(int(run.stderr.strip().splitlines()[-1]))

    def as_list():
        reports = herbrand.batch(requests, jobs=JOBS)
        assert len(reports) == len(requests)

    def streamed():
        assert sum(1 for _ in herbrand.batch_iter(requests, jobs=JOBS)) == len(requests)

    times = {"list": [], "iter": [], "process": []}
    for _ in range(RUNS):
        for name, fn in (("list", as_list), ("iter", streamed), ("process", process)):
            started = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - started)
    rate = {name: len(requests) / statistics.median(t) for name, t in times.items()}
    print(f"2. batch of {len(requests)} small plan requests, {JOBS} jobs, {RUNS} runs")
    print(f"   herbrand batch (process) {rate['process']:9,.0f} req/s")
    print(f"   herbrand.batch (list)    {rate['list']:9,.0f} req/s   ratio {rate['list'] / rate['process']:.3f}  (target >= 0.90)")
    print(f"   herbrand.batch_iter      {rate['iter']:9,.0f} req/s   ratio {rate['iter'] / rate['process']:.3f}")
    print(f"   peak RSS: python {peak_mb():.0f} MB (the requests and the list of Reports held), "
          f"herbrand batch {max(child_peak_kb) / 1024:.0f} MB")


def against_unified_planning():
    try:
        import unified_planning.shortcuts as up
        from unified_planning.engines import SequentialPlanValidator
        from unified_planning.io import PDDLReader
    except ImportError:
        print("3. skipped: pip install unified-planning")
        return
    up.get_environment().credits_stream = None
    tasks = ray_rewards.load_tasks()
    per_plan_up, per_plan_hb, agree, read = [], [], 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (domain, problem, plan) in enumerate(tasks):
            files = [Path(tmp) / f"{i}.{n}" for n in ("domain.pddl", "problem.pddl", "plan")]
            for f, text in zip(files, (domain, problem, plan)):
                f.write_text(text)
            try:
                reader = PDDLReader()
                up_problem = reader.parse_problem(str(files[0]), str(files[1]))
                up_plan = reader.parse_plan(up_problem, str(files[2]))
            except Exception:  # a plan UP cannot even read (unknown action or object, wrong arity)
                continue
            read += 1
            validator = SequentialPlanValidator(environment=up_problem.environment)
            up_valid = validator.validate(up_problem, up_plan).status.name == "VALID"
            agree += up_valid == herbrand.validate_plan(domain, problem, plan).ok
            per_plan_up.append(median_time(lambda: validator.validate(up_problem, up_plan), runs=max(3, RUNS)))
            per_plan_hb.append(median_time(lambda: herbrand.validate_plan(domain, problem, plan), runs=max(3, RUNS)))
    up_ms, hb_ms = statistics.median(per_plan_up) * 1e3, statistics.median(per_plan_hb) * 1e3
    print(f"3. unified-planning SequentialPlanValidator on the {read} of {len(tasks)} plans it can read "
          f"(verdicts agree on {agree})")
    print(f"   unified-planning {up_ms:8.3f} ms/plan (validate only)   herbrand.validate_plan {hb_ms:8.3f} ms/plan"
          f"   speed-up {up_ms / hb_ms:.0f}x  (target >= 100)")


def ray_scaling():
    try:
        import ray
    except ImportError:
        print("4. skipped: pip install 'ray[data]'")
        return
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    rates = {}
    for workers in (1, 2):
        ray_rewards.score_with_ray(10_000, workers)  # warm up the workers' imports
        rows, seconds = ray_rewards.score_with_ray(REQUESTS, workers)
        rates[workers] = len(rows) / seconds
    ray.shutdown()
    print(f"4. Ray Data map_batches, {REQUESTS} requests (herbrand.batch jobs=1 per worker)")
    print(f"   1 worker {rates[1]:9,.0f} req/s   2 workers {rates[2]:9,.0f} req/s   2 vs 1 {rates[2] / rates[1]:.2f}x")


def main():
    print(f"herbrand {herbrand.__version__}, python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f}")
    if "single" not in SKIP:
        single_call()
    if "batch" not in SKIP:
        with tempfile.TemporaryDirectory() as tmp:
            requests, path = requests_and_file(tmp)
            batch_throughput(requests, path)
            del requests
    if "up" not in SKIP:
        against_unified_planning()
    if "ray" not in SKIP:
        ray_scaling()


if __name__ == "__main__":
    main()
