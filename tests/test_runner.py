"""The runner's own promises: a clear message naming a missing tool, and nothing redone when nothing changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tools_except(tmp_path: Path, missing: str) -> dict[str, str]:
    """An environment whose PATH holds the tools the runner checks for, except one."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    # The real interpreter, not a version manager's shim that needs its own PATH entries.
    found = {tool: shutil.which(tool) for tool in ["bash", "java", "mvn", "sed", "dirname", "cat", "tr"]}
    found["python3"] = os.path.realpath(sys.executable)
    for tool, path in found.items():
        if tool != missing and path:
            os.symlink(path, bin_dir / tool)
    env = dict(os.environ)
    env["PATH"] = str(bin_dir)
    return env


def test_a_missing_tool_is_named_with_how_to_get_it(tmp_path):
    run = subprocess.run([shutil.which("bash"), str(ROOT / "kabar"), "setup"], env=tools_except(tmp_path, "mvn"),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr.strip() == "kabar: missing mvn (Maven 3.8+: apt-get install maven; conda: maven)"


def test_setup_with_nothing_changed_reinstalls_nothing():
    first = subprocess.run([str(ROOT / "kabar"), "setup"], capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    again = subprocess.run([str(ROOT / "kabar"), "setup"], capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert "setting up" not in again.stderr and "building" not in again.stderr, again.stderr


def test_the_kernel_jvm_names_each_jar_once():
    """The kernel JVM's classpath holds JJava, the library and each dependency, each once (the
    class-data-sharing archive is checked against this list), and JJava gets the library too."""
    setup = subprocess.run([str(ROOT / "kabar"), "setup"], capture_output=True, text=True, timeout=600)
    assert setup.returncode == 0, setup.stderr
    spec = json.loads((ROOT / ".venv/share/kabar-jupyter/kernels/java/kernel.json").read_text(encoding="utf-8"))
    argv = spec["argv"]
    classpath = argv[argv.index("-cp") + 1].split(os.pathsep)
    lib = ROOT / "lib" / "target"
    assert len(classpath) == len(set(classpath))
    assert set(classpath[1:]) == {str(lib / "kabar-lib.jar"), *map(str, (lib / "dependency").glob("*.jar"))}
    assert spec["env"]["JJAVA_CLASSPATH"].split(os.pathsep)[0] == str(lib / "kabar-lib.jar")


def _notebook_files():
    """Every file under notebooks/ with its modification time: a rewrite with the same bytes changes it too."""
    return {str(p): p.stat().st_mtime_ns for p in sorted((ROOT / "notebooks").rglob("*")) if p.is_file()}


def test_profile_reports_a_notebook_and_writes_nothing_into_the_project():
    before = _notebook_files()
    # Lesson 01 saves figures: the profile must send them to its scratch folder, not notebooks/figures.
    run = subprocess.run([str(ROOT / "kabar"), "profile", "01-corpus"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    nb = json.loads((ROOT / "notebooks" / "01-corpus.ipynb").read_text(encoding="utf-8"))
    code_cells = sum(1 for cell in nb["cells"] if cell["cell_type"] == "code")
    assert lines[0].startswith("01-corpus.ipynb: to first cell ") and f"{code_cells} cells" in lines[0], run.stdout
    assert lines[1].startswith("  cell ") and lines[-1].startswith("  kernel threads"), run.stdout
    assert _notebook_files() == before


def test_profile_names_a_notebook_that_does_not_exist():
    run = subprocess.run([str(ROOT / "kabar"), "profile", "99"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr.strip() == "kernel_profile: no notebook starts with 99"


def test_a_corpus_with_no_articles_fails_the_report_in_one_line(tmp_path):
    """The library's bad-input error reaches the user as its own message, without JJava's wrapper class."""
    empty = tmp_path / "empty"
    empty.mkdir()
    run = subprocess.run([str(ROOT / "kabar"), "render", "--corpus", str(empty), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr
    assert run.stderr.strip() == f"kabar render: report.ipynb failed at code cell 1: {empty}: no articles to load (0 files seen)"


def test_an_unexpected_error_keeps_its_class_and_stack_trace():
    import nbformat
    import notebooks

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("text"), nbformat.v4.new_code_cell("int a = 1;"),
                nbformat.v4.new_code_cell('Integer.parseInt("x")')]
    # As JJava reports it: every error named RuntimeException, the real class in the trace, coloured.
    nb.cells[2].outputs = [nbformat.v4.new_output("error", ename="RuntimeException",
                                                  evalue='java.lang.NumberFormatException, For input string: "x"',
                                                  traceback=['\x1b[1m\x1b[31mjava.lang.NumberFormatException: For input string: "x"\x1b[0m',
                                                             '\x1b[1m\x1b[31m\tat .(#27:1)\x1b[0m'])]
    assert notebooks.describe_failure(nb, Exception("unused")) == (
        'code cell 2: java.lang.NumberFormatException: For input string: "x"\n\tat .(#27:1)')
