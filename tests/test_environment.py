"""The two pin lists (requirements.txt for the venv, environment.yml for conda/Binder) agree."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DIRECT = ["jjava", "jupyterlab", "notebook", "nbconvert", "nbclient", "nbformat", "pytest"]


def requirement_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)", line)
        if match:
            pins[match.group(1).lower().replace("_", "-")] = match.group(2)
    return pins


def environment_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for spec in dep.get("pip", []):
                name, version = spec.split("==")
                pins[name.lower()] = version
        elif "=" in dep:
            name, version = dep.split("=", 1)
            pins[name.lower()] = version.lstrip("=")
    return pins


def test_every_requirement_is_pinned_exactly():
    lines = [l for l in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    assert lines and all("==" in l for l in lines)


def test_direct_needs_have_the_same_pins_in_both_files():
    req, env = requirement_pins(), environment_pins()
    for name in DIRECT:
        assert name in req, f"{name} missing from requirements.txt"
        assert env.get(name) == req[name], f"{name}: environment.yml has {env.get(name)}, requirements.txt has {req[name]}"


def test_environment_yml_brings_java_17_and_maven():
    env = environment_pins()
    assert env["openjdk"] == "17" and "maven" in env
