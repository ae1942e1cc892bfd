"""Shared test data: the bundled blocksworld and gripper domains of the repository."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = ROOT / "domains"


def triple(domain: str, plan: str, problem: str = "p01"):
    base = DOMAINS / domain
    return (
        (base / "domain.pddl").read_text(),
        (base / f"{problem}.pddl").read_text(),
        (base / "plans" / f"{problem}.{plan}.plan").read_text(),
    )


def all_triples():
    """The 16 (domain, problem, plan) triples the batch bench uses."""
    out = []
    for domain in ("blocksworld", "gripper"):
        for plan in sorted((DOMAINS / domain / "plans").glob("p01.*.plan")):
            out.append(triple(domain, plan.name[len("p01.") : -len(".plan")]))
    return out


@pytest.fixture
def blocksworld():
    return triple("blocksworld", "valid")
