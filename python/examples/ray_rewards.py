"""Reward computation spread over a Ray cluster with Ray Data, the way an RL pipeline does it.

Each Ray worker scores a batch of completions with ``herbrand.batch`` (parallel in Rust, the GIL
released); Ray spreads the batches over workers and machines. Nothing here is herbrand-specific
distribution code: it is one ``map_batches`` call.

    python examples/ray_rewards.py --requests 100000 --workers 2

The rows are (domain id, plan text): the domain and problem texts, the ground truth, are looked
up in a small table shipped with the function, as a dataset of prompts would reference them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Dict, List, Tuple

import numpy as np

import herbrand

DOMAINS = Path(__file__).resolve().parents[2] / "domains"


def load_tasks() -> List[Tuple[str, str, str]]:
    """(domain, problem, plan) texts: the bundled blocksworld and gripper plans (2 valid, 14 invalid)."""
    tasks = []
    for domain in ("blocksworld", "gripper"):
        base = DOMAINS / domain
        for plan in sorted((base / "plans").glob("p01.*.plan")):
            tasks.append(((base / "domain.pddl").read_text(), (base / "p01.pddl").read_text(), plan.read_text()))
    return tasks


class Scorer:
    """Scores a batch of rows {"task": task index}: one herbrand.batch call per Ray batch."""

    def __init__(self, tasks: List[Tuple[str, str, str]], jobs: int = 1):
        self.tasks = tasks
        self.jobs = jobs

    def __call__(self, batch: Dict[str, np.ndarray]) -> Dict[str, np.ndarray]:
        requests = []
        for task in batch["task"]:
            domain, problem, plan = self.tasks[int(task)]
            requests.append({"tool": "validate_plan", "arguments": {"domain": domain, "problem": problem, "plan": plan}})
        reports = herbrand.batch(requests, jobs=self.jobs)
        return {
            "task": batch["task"],
            "score": np.array([1.0 if r.ok else 0.0 for r in reports]),
            "verdict": np.array([r.verdict for r in reports]),
        }


def score_with_ray(requests: int, workers: int, batch_size: int = 2048):
    """Score `requests` rows on `workers` Ray workers; returns (rows, seconds)."""
    import ray

    # Imported as a module (as the tests do), this file is not on the workers' path: ship its
    # code with the functions instead.
    if __name__ != "__main__":
        ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    tasks = load_tasks()
    started = time.perf_counter()
    # The rows live in the object store already (no read tasks that would wait for the CPUs the
    # scoring actors hold).
    dataset = ray.data.from_numpy(np.arange(requests) % len(tasks)).rename_columns({"data": "task"})
    scored = dataset.map_batches(
        Scorer,
        fn_constructor_args=(tasks,),
        batch_size=batch_size,
        batch_format="numpy",
        concurrency=workers,
        num_cpus=1,
    )
    rows = scored.take_all()
    return rows, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    import ray

    ray.init(num_cpus=max(2, args.workers), include_dashboard=False, log_to_driver=False)
    rows, seconds = score_with_ray(args.requests, args.workers)
    mean = sum(r["score"] for r in rows) / len(rows)
    print(f"{len(rows)} completions scored by {args.workers} Ray workers in {seconds:.2f} s "
          f"({len(rows) / seconds:,.0f}/s); mean reward {mean:.4f}")
    ray.shutdown()


if __name__ == "__main__":
    main()
