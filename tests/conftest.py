"""Shared fixtures: the notebooks are executed once per test session, in parallel, on fresh JJava kernels."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import notebooks  # noqa: E402  (tools/notebooks.py)


@pytest.fixture(scope="session")
def executed(tmp_path_factory):
    """name -> (committed notebook path, freshly executed copy, rendered page, outcome)."""
    out = tmp_path_factory.mktemp("executed")
    # Figures and exports go to the temporary folder too: tests never write into notebooks/.
    env = {"KABAR_FIGURES": str(out / "figures")}
    jobs = [(str(p), str(out / p.name), str(out / "rendered" / (p.stem + ".html")), env)
            for p in notebooks.notebook_paths() + notebooks.solution_paths()]
    outcomes = notebooks.run_all(jobs, workers=(os.cpu_count() or 1) + 1)
    return {o.name: (Path(src), Path(nb), Path(html), o) for (src, nb, html, _), o in zip(jobs, outcomes)}
