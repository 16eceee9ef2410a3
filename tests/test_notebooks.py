"""Every notebook runs without error on a fresh kernel, and its outputs match the committed ones.

Regression comparison rules (the sanitisers):
- text/plain and text/html outputs, stream text and error outputs are compared exactly;
- images are compared loosely (same kind of image, same pixel size), because font rendering
  differs between machines;
- cells tagged `environment` (Java, kernel and library versions, the project's commit) are
  only checked for running, since they describe the machine by design.
"""

from __future__ import annotations

import base64
import difflib
import json
import os
import struct
from pathlib import Path

import nbformat
import pytest

import notebooks

# The lessons and their worked solutions (notebooks/solutions/): both must run and reproduce.
PATHS = {p.name: p for p in notebooks.notebook_paths() + notebooks.solution_paths()}
NAMES = list(PATHS)


def test_there_are_notebooks():
    assert NAMES, "no notebooks found in notebooks/"


def test_each_solution_belongs_to_a_lesson_that_links_to_it():
    lessons = {p.name: p for p in notebooks.notebook_paths()}
    assert notebooks.solution_paths(), "no worked solutions in notebooks/solutions/"
    for solution in notebooks.solution_paths():
        lesson = solution.name.replace("-solutions", "")
        assert lesson in lessons, f"{solution.name}: no lesson {lesson} in notebooks/"
        assert f"solutions/{solution.name}" in lessons[lesson].read_text(encoding="utf-8"), \
            f"{lesson} does not link to its worked solutions (solutions/{solution.name})"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_without_error(executed, name):
    _, _, _, outcome = executed[name]
    assert outcome.error is None, f"{name} failed at {outcome.error}"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_uses_the_jjava_kernel(name):
    nb = nbformat.read(PATHS[name], as_version=4)
    spec = nb.metadata.get("kernelspec", {})
    assert spec.get("name") == "java" and spec.get("language") == "java"


@pytest.mark.parametrize("name", NAMES)
def test_outputs_match_the_committed_notebook(executed, name):
    committed_path, fresh_path, _, outcome = executed[name]
    if outcome.error:
        pytest.skip("the notebook failed; see test_notebook_runs_without_error")
    committed = nbformat.read(committed_path, as_version=4)
    fresh = nbformat.read(fresh_path, as_version=4)
    old_cells = [c for c in committed.cells if c.cell_type == "code"]
    new_cells = [c for c in fresh.cells if c.cell_type == "code"]
    assert len(old_cells) == len(new_cells)
    problems = []
    for number, (old, new) in enumerate(zip(old_cells, new_cells), start=1):
        if "environment" in old.metadata.get("tags", []):
            continue
        diff = compare_outputs(comparable(old.outputs), comparable(new.outputs))
        if diff:
            problems.append(f"{name}, code cell {number} ({old.source.splitlines()[0][:50]!r}):\n{diff}")
    assert not problems, "outputs changed (re-run ./kabar render and review the diff):\n\n" + "\n\n".join(problems)


def comparable(outputs) -> list[tuple[str, str]]:
    items = []
    for out in outputs:
        kind = out.get("output_type")
        if kind == "stream":
            items.append((f"stream:{out.get('name')}", out.get("text", "")))
        elif kind == "error":
            items.append(("error", f"{out.get('ename')}: {out.get('evalue')}"))
        else:
            data = out.get("data", {})
            for mime in sorted(data):
                value = data[mime]
                text = "".join(value) if isinstance(value, list) else value
                if mime == "image/png":
                    text = png_size(text)
                items.append((mime, text))
    return items


def png_size(b64: str) -> str:
    raw = base64.b64decode(b64)
    width, height = struct.unpack(">II", raw[16:24])
    return f"PNG {width}x{height}"


def compare_outputs(old, new) -> str:
    if old == new:
        return ""
    left = [f"{k}: {line}" for k, text in old for line in text.splitlines()]
    right = [f"{k}: {line}" for k, text in new for line in text.splitlines()]
    return "\n".join(list(difflib.unified_diff(left, right, "committed", "fresh", lineterm="", n=1))[:60])


def test_png_size_reads_the_header():
    # A 1x1 PNG made by hand: signature, IHDR length and type, width 1, height 1.
    header = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + struct.pack(">II", 3, 2) + b"\x08\x02\x00\x00\x00"
    assert png_size(base64.b64encode(header).decode()) == "PNG 3x2"


def test_a_changed_number_is_reported_with_the_cell():
    old = [("text/plain", "Rusia 12")]
    new = [("text/plain", "Rusia 13")]
    diff = compare_outputs(old, new)
    assert "-text/plain: Rusia 12" in diff and "+text/plain: Rusia 13" in diff


def test_a_failing_cell_is_reported_with_its_number_and_the_java_error(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java (JJava)", "language": "java"}
    nb.cells = [nbformat.v4.new_markdown_cell("# Broken"), nbformat.v4.new_code_cell("int ok = 1;"),
                nbformat.v4.new_code_cell("int broken = ok / 0;"), nbformat.v4.new_code_cell("ok")]
    path = tmp_path / "broken.ipynb"
    nbformat.write(nb, path)
    executed, outcome = notebooks.execute(path)
    assert outcome.error is not None
    assert outcome.error.startswith("code cell 2: "), outcome.error
    assert "ArithmeticException" in outcome.error and "/ by zero" in outcome.error
    assert "\x1b[" not in outcome.error  # JJava's colours are stripped
    assert executed.cells[3].get("execution_count") is None  # nothing ran after the failure


def test_a_bad_line_in_a_users_file_shows_as_one_line_without_a_stack_trace(tmp_path):
    """InputException carries no frames, so JJava prints its message alone: file, line, reason."""
    words = tmp_path / "stopwords.txt"
    words.write_text("# mine\nyang\nsementara itu\n", encoding="utf-8")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java (JJava)", "language": "java"}
    nb.cells = [nbformat.v4.new_code_cell(f'Stopwords.load(Path.of("{words}"))')]
    path = tmp_path / "bad-line.ipynb"
    nbformat.write(nb, path)
    executed, outcome = notebooks.execute(path)
    assert outcome.error is not None
    error = next(out for out in executed.cells[0].outputs if out.get("output_type") == "error")
    lines = [notebooks.ANSI.sub("", line) for line in error["traceback"]]
    assert lines == [f"org.kabar.text.InputException: {words}:3: 'sementara itu' is not one word; "
                     "write one stopword per line"], lines


@pytest.mark.parametrize("name", NAMES)
def test_notebook_has_no_set_up_cell(name):
    """The kernel starts with the library and Kabar's extension: no %classpath or %load in a notebook."""
    nb = nbformat.read(PATHS[name], as_version=4)
    magics = [line for c in nb.cells if c.cell_type == "code" for line in c.source.splitlines()
              if line.lstrip().startswith(("%classpath", "%load", "%jars"))]
    assert not magics, f"{name} sets up the kernel by hand: {magics}"


def table_notebook(tmp_path, *first_cells: str):
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "java", "display_name": "Java (JJava)", "language": "java"}
    nb.cells = [nbformat.v4.new_code_cell(source) for source in first_cells] + [
        nbformat.v4.new_code_cell('Table.create("outlets", StringColumn.create("outlet", "Kompas <TV>"))'),
        nbformat.v4.new_code_cell("CORPUS.getFileName()")]
    path = tmp_path / "table.ipynb"
    nbformat.write(nb, path)
    return path


def shown(cell) -> dict:
    return next(out["data"] for out in cell.outputs if out.get("output_type") == "execute_result")


def test_the_kernel_shows_a_table_as_html_with_no_set_up_cell(tmp_path):
    executed, outcome = notebooks.execute(table_notebook(tmp_path))
    assert outcome.error is None, outcome.error
    table = shown(executed.cells[0])
    assert "outlets · 1 row × 1 column" in table["text/html"] and "Kompas &lt;TV&gt;" in table["text/html"]
    assert shown(executed.cells[1])["text/plain"] == "seeds"


def test_a_classpath_line_installs_the_extension_on_a_kernel_started_without_the_library(tmp_path):
    """A notebook opened on a plain JJava kernel needs one line; the renderers then match the
    tables the cells make (JJava loads the extension through the notebook's own class loader)."""
    spec_dir = tmp_path / "jupyter" / "kernels" / "java"
    spec_dir.mkdir(parents=True)
    spec = json.loads((Path(os.environ.get("JUPYTER_DATA_DIR", notebooks.ROOT / ".venv/share/kabar-jupyter"))
                       / "kernels" / "java" / "kernel.json").read_text(encoding="utf-8"))
    spec["env"] = {}
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    lib = notebooks.ROOT / "lib" / "target"
    path = table_notebook(tmp_path, f"%classpath {lib}/kabar-lib.jar {lib}/dependency/*.jar")
    executed, outcome = notebooks.execute(path, {"JUPYTER_PATH": str(tmp_path / "jupyter")})
    assert outcome.error is None, outcome.error
    assert "Kompas &lt;TV&gt;" in shown(executed.cells[1])["text/html"]
