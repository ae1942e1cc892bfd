"""herbrand: check what language models produce in symbolic form, and explain every mistake.

Every check of herbrand's tool registry is a function here, with the registry's argument names
(the MCP tools' ``inputSchema``), returning a :class:`Report`::

    import herbrand
    report = herbrand.validate_plan(domain_text, problem_text, plan_text)
    report.verdict              # "valid" | "invalid" | "error" | "unknown"
    print(report.render("llm")) # feedback for the model's next attempt

The required arguments are positional, the others keyword-only; ``None`` means the default.
Bad *input* is a Report (verdict ``error``, located diagnostics); misuse (an argument of the
wrong type, an unknown argument) raises ``TypeError``.

Many requests at once: :func:`batch` (a list) and :func:`batch_iter` (a stream) check them in
parallel in Rust, without the GIL. Reward functions for RL trainers: :mod:`herbrand.rewards`.
"""

from __future__ import annotations

import keyword
import textwrap
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional

from . import _native
from ._native import BatchIter, Diagnostic, Fix, Report, Span

__version__: str = _native.__version__

#: Every tool of the registry: name, title, description, kind, input_schema.
TOOLS: List[Dict[str, Any]] = _native.tool_specs()

__all__ = [
    "Report",
    "Diagnostic",
    "Fix",
    "Span",
    "BatchIter",
    "TOOLS",
    "call",
    "batch",
    "batch_iter",
    "explain",
    "codes",
]


def call(tool: str, **arguments: Any) -> Report:
    """Run the tool named ``tool`` with its arguments (``None`` values are left out)."""
    return _native.call(tool, {k: v for k, v in arguments.items() if v is not None})


def batch(requests: Iterable[Any], jobs: Optional[int] = None, window: int = 1024) -> List[Report]:
    """Check many requests in parallel (``jobs`` threads, default one per core); Reports in order.

    A request is a dict ``{"tool": "validate_plan", "arguments": {...}, "id": ...}`` (the id is
    ignored here) or its JSON text: a line of ``herbrand batch``. A malformed request or bad
    arguments give that request an error Report (``is_error``), as in ``herbrand batch``; a
    request that is neither a dict nor a str raises ``TypeError``.
    """
    return _native.batch(requests, jobs, window)


def batch_iter(requests: Iterable[Any], jobs: Optional[int] = None, window: int = 1024) -> Iterator[Report]:
    """:func:`batch` as a stream: ``requests`` is read ``window`` at a time (the next window is
    read while one is checked), and each Report is yielded in input order."""
    return _native.batch_iter(requests, jobs, window)


def explain(code: str) -> Optional[str]:
    """The documentation of a diagnostic code (what ``herbrand explain CODE`` prints), or None."""
    return _native.explain(code)


def codes() -> List[str]:
    """Every diagnostic code, in registry order."""
    return _native.code_names()


def _parameters(schema: Dict[str, Any]) -> tuple:
    """The tool's required argument names (positional, in the schema's order) and optional ones
    (keyword-only, sorted)."""
    properties = schema.get("properties", {})
    required = [name for name in schema.get("required", []) if name in properties]
    optional = sorted(name for name in properties if name not in required)
    return required, optional


def _make_tool(spec: Dict[str, Any]) -> Callable[..., Report]:
    """A Python function for a registry tool, with the schema's argument names.

    The function is compiled from generated source (as ``dataclasses`` does) so that a call costs
    no more than building the arguments dict: required arguments positional, the rest
    keyword-only with ``None`` meaning "the tool's default".
    """
    name = spec["name"]
    required, optional = _parameters(spec["input_schema"])
    for arg in [name, *required, *optional]:
        if not arg.isidentifier() or keyword.iskeyword(arg):
            raise ImportError(f"herbrand: tool {name!r} has an argument {arg!r} that is not a Python name")
    params = ", ".join(required + (["*"] + [f"{o}=None" for o in optional] if optional else []))
    lines = [f"def {name}({params}):", f"    a = {{{', '.join(f'{r!r}: {r}' for r in required)}}}"]
    for o in optional:
        lines += [f"    if {o} is not None:", f"        a[{o!r}] = {o}"]
    lines.append(f"    return _call({name!r}, a)")
    namespace: Dict[str, Any] = {"_call": _native.call}
    exec("\n".join(lines), namespace)  # noqa: S102 - names checked above
    function = namespace[name]
    function.__doc__ = _docstring(spec, required, optional)
    function.__module__ = __name__
    function.__qualname__ = name
    return function


def _docstring(spec: Dict[str, Any], required: List[str], optional: List[str]) -> str:
    properties = spec["input_schema"].get("properties", {})
    lines = [spec["title"] + ".", "", textwrap.fill(" ".join(spec["description"].split()), 88), "", "Arguments:"]
    for arg in required + optional:
        description = " ".join(properties[arg].get("description", "").split())
        default = properties[arg].get("default")
        suffix = f" (default: {default!r})" if default is not None else ""
        text = f"{arg}: {description}{suffix}"
        lines.append(textwrap.fill(text, 88, initial_indent="    ", subsequent_indent="        "))
    lines += ["", "Returns a Report; raises TypeError for arguments of the wrong type."]
    return "\n".join(lines)


for _spec in TOOLS:
    globals()[_spec["name"]] = _make_tool(_spec)
    __all__.append(_spec["name"])
del _spec
