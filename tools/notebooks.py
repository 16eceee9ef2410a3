"""Execute Kabar's notebooks on the JJava kernel and render them to self-contained HTML pages.

Called by the runner (`./kabar render`) and by the notebook tests. Each notebook runs on a fresh
kernel; notebooks run in parallel (they are independent). The executed notebook is written with
its volatile fields removed, so re-running with nothing changed leaves `git status` clean.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# jsonschema (under nbformat) imports rfc3987_syntax when it is installed (JupyterLab's
# jupyter-events brings it), only to check "iri" strings, a format no notebook schema uses; its
# import builds a grammar and costs 2.6 s on every run. Marking it absent makes jsonschema skip
# that one format checker.
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402 (after the line above on purpose)
from nbclient import NotebookClient  # noqa: E402
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter

# Every kernel started from here runs a notebook top to bottom with nobody typing, so nothing
# will ask it for code completion: Kabar's kernel extension then stops JShell from indexing every
# class of the JDK and the class path for completion (a tenth of a kernel's CPU; README, Performance).
os.environ["KABAR_BATCH"] = "1"

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOLUTIONS = NOTEBOOKS / "solutions"   # worked solutions to the lessons' exercises, rendered and tested too
TEMPLATES = ROOT / "tools" / "templates"
KERNEL = "java"
REPORT = "report.ipynb"
CELL_TIMEOUT_S = 600
ANSI = re.compile(r"\x1b\[[0-9;]*m")
INPUT_EXCEPTION = "org.kabar.text.InputException"


@dataclass
class Outcome:
    name: str
    seconds: float = 0.0
    cells: list[tuple[float, int, str]] = field(default_factory=list)  # (seconds, cell number, first line)
    error: str | None = None


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    return sorted(p for p in folder.glob("*.ipynb") if p.is_file())


def solution_paths() -> list[Path]:
    """The worked solutions (notebooks/solutions/NN-topic-solutions.ipynb), one per lesson with exercises."""
    return notebook_paths(SOLUTIONS)


def output_paths(source: Path, out: Path) -> tuple[Path, Path]:
    """Where an executed notebook and its page go: a lesson to OUT/ and OUT/rendered/, a solution
    to OUT/solutions/ and OUT/solutions/rendered/ (beside its notebook, as for the lessons)."""
    folder = out / "solutions" if source.parent == SOLUTIONS else out
    return folder / source.name, folder / "rendered" / (source.stem + ".html")


def execute(path: Path, env: dict[str, str] | None = None) -> tuple[nbformat.NotebookNode, Outcome]:
    """Run one notebook top to bottom on a fresh kernel; never raises for a failing cell."""
    nb = nbformat.read(path, as_version=4)
    outcome = Outcome(path.name)
    saved_env = dict(os.environ)
    os.environ.update(env or {})
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=CELL_TIMEOUT_S,
        record_timing=True,
        # The JJava kernel JVM does not exit on shutdown_request; waiting for it costs seconds.
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.monotonic()
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as failure:
        outcome.error = describe_failure(nb, failure)
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
    outcome.seconds = time.monotonic() - start
    outcome.cells = cell_timings(nb)
    normalise(nb)
    return nb, outcome


def describe_failure(nb: nbformat.NotebookNode, failure: Exception) -> str:
    """Notebook cell number and the Java error, without the ANSI colours JJava adds.

    JJava names every error RuntimeException; its traceback's first line names the real class.
    The library's bad-input errors (InputException) carry no stack trace and a message that
    names the file and the reason, so that message alone is the description: one line."""
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                trace = [ANSI.sub("", line) for line in out.get("traceback", [])]
                if not trace:
                    return f"code cell {number}: {out.get('ename')}: {out.get('evalue')}"
                if len(trace) == 1 and trace[0].startswith(INPUT_EXCEPTION + ": "):
                    return f"code cell {number}: {trace[0][len(INPUT_EXCEPTION) + 2:]}"
                return f"code cell {number}: " + "\n".join(trace).rstrip()
    return ANSI.sub("", str(failure)).strip().splitlines()[0]


def cell_timings(nb: nbformat.NotebookNode) -> list[tuple[float, int, str]]:
    from datetime import datetime

    timings = []
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        ex = cell.get("metadata", {}).get("execution", {})
        began, ended = ex.get("iopub.execute_input"), ex.get("shell.execute_reply")
        if began and ended:
            seconds = (datetime.fromisoformat(ended.replace("Z", "+00:00"))
                       - datetime.fromisoformat(began.replace("Z", "+00:00"))).total_seconds()
            first_line = (cell.source.splitlines() or [""])[0][:60]
            timings.append((seconds, number, first_line))
    return timings


def normalise(nb: nbformat.NotebookNode) -> None:
    """Drop what changes from run to run or machine to machine (timestamps, kernel version)."""
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for out in cell.get("outputs", []):
            out.get("metadata", {}).pop("execution", None)
    info = nb.metadata.get("language_info")
    if info:
        info.pop("version", None)


@functools.cache
def html_exporter() -> HTMLExporter:
    """One exporter per process: it keeps its compiled page templates, which a new exporter
    compiles again (about a third of the time a page takes)."""
    exporter = HTMLExporter(template_name="kabar", extra_template_basedirs=[str(TEMPLATES)])
    exporter.embed_images = True
    return exporter


def render_html(nb: nbformat.NotebookNode, title: str) -> str:
    body, _ = html_exporter().from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def page_title(nb: nbformat.NotebookNode, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def run_one(job: tuple[str, str, str, dict[str, str]]) -> Outcome:
    source, notebook_out, html_out, env = job
    nb, outcome = execute(Path(source), env)
    Path(notebook_out).parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, notebook_out)
    if outcome.error is None:
        Path(html_out).parent.mkdir(parents=True, exist_ok=True)
        html = render_html(nb, page_title(nb, Path(source).stem))
        Path(html_out).write_text(html, encoding="utf-8")
    return outcome


def code_cells(path: str) -> int:
    return sum(cell.cell_type == "code" for cell in nbformat.read(path, as_version=4).cells)


def run_all(jobs: list[tuple[str, str, str, dict[str, str]]], workers: int) -> list[Outcome]:
    """Runs the jobs and returns their outcomes in the jobs' order."""
    if workers <= 1 or len(jobs) <= 1:
        return [run_one(j) for j in jobs]
    # Longest first, so the short solution notebooks fill the gaps at the end instead of a long
    # lesson starting last: a notebook's time follows its number of code cells.
    longest_first = sorted(range(len(jobs)), key=lambda i: -code_cells(jobs[i][0]))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {i: pool.submit(run_one, jobs[i]) for i in longest_first}
        return [futures[i].result() for i in range(len(jobs))]


def report(outcomes: list[Outcome], pages: Path, wall: float) -> None:
    print(f"{'notebook':<34} {'seconds':>8}  status")
    for o in outcomes:
        print(f"{o.name:<34} {o.seconds:>8.1f}  {'FAILED' if o.error else 'ok'}")
    print(f"{'all notebooks (wall time)':<34} {wall:>8.1f}")
    slowest = sorted(((s, o.name, n, line) for o in outcomes for s, n, line in o.cells), reverse=True)[:5]
    if slowest:
        print("slowest cells:")
        for seconds, name, number, line in slowest:
            print(f"  {seconds:6.2f}s  {name} cell {number}: {line}")
    if not any(o.error for o in outcomes):
        print(f"pages: {pages}/")


# What every notebook makes the kernel do: start JShell with the library (the kernelspec puts it on
# the classpath), load and tokenise the seeds, count actors and words, compile snippets with
# lambdas, show a table and draw a chart (Java2D, ImageIO). Run once with -XX:DumpLoadedClassList,
# it lists the JDK, kernel and library classes a class-data-sharing archive should hold (the
# runner builds the archive from that list).
WARM_UP_CELLS = [
    "Table articles = loadCorpus(CORPUS).articles();\nTokens tokens = Tokens.of(articles);\n"
    "ItemCounts terms = Terms.unigrams().perArticle(tokens);\nActors.forCorpus(CORPUS).perPeriod(articles)",
    "Table t = Table.create(\"t\", StringColumn.create(\"a\", \"x\", \"y\"), IntColumn.create(\"n\", 1, 2));\nt",
    "Charts.bar(t).category(\"a\").value(\"n\").title(\"warm-up\")",
    "int answer = 6 * 7;",
    "import java.util.*;\nList<String> words = new ArrayList<>(List.of(\"b\", \"a\"));\nwords.sort(Comparator.naturalOrder());",
    "String shout(String s) { return switch (s) { case \"a\" -> \"A\"; default -> s.toUpperCase(); }; }\nshout(words.get(1))",
    "words.stream().map(w -> w + answer).toList()",
]


def warm_up() -> int:
    """Runs the warm-up cells on a fresh kernel; the kernelspec decides what the JVM records."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in WARM_UP_CELLS]
    client = NotebookClient(nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT_S, shutdown_kernel="immediate",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["warm-up"]:
        return warm_up()
    parser = argparse.ArgumentParser(prog="kabar render", description=__doc__)
    parser.add_argument("command", choices=["render"])
    parser.add_argument("only", nargs="*", metavar="NOTEBOOK",
                        help="render only notebooks whose names start with these (e.g. 02)")
    parser.add_argument("--corpus", help="folder of articles to analyse: .txt, .csv, .tsv, .jsonl, .json, .html, gzipped "
                        "or not, in subfolders too (default: seeds/); with it, the report notebook is rendered, not the "
                        "lessons, unless notebooks are named")
    parser.add_argument("--out", help="write executed notebooks, pages and figures here instead of notebooks/")
    parser.add_argument("--period", choices=["week", "month", "quarter"], help="periods of publication (default: month)")
    parser.add_argument("--compare", metavar="A,B", help="the two periods to compare (default: the earliest and the latest)")
    # One kernel more than cores: a kernel waits on its client between cells, and a third kernel
    # fills those gaps (measured: 13.9 s for all notebooks with 3 workers against 14.7 s with 2).
    parser.add_argument("--workers", type=int, default=(os.cpu_count() or 1) + 1)
    args = parser.parse_intermixed_args(argv)

    env: dict[str, str] = {}
    if args.corpus:
        corpus = Path(args.corpus).resolve()
        if not corpus.is_dir():
            print(f"kabar render: corpus folder {args.corpus} does not exist", file=sys.stderr)
            return 2
        env["KABAR_CORPUS"] = str(corpus)
    if args.period:
        env["KABAR_PERIOD"] = args.period
    if args.compare:
        if len(args.compare.split(",")) != 2:
            print(f"kabar render: --compare takes two periods, as in 2023-12,2024-02 (got {args.compare})", file=sys.stderr)
            return 2
        env["KABAR_COMPARE"] = args.compare
    out = Path(args.out).resolve() if args.out else NOTEBOOKS
    if args.out:
        env["KABAR_FIGURES"] = str(out / "figures")
    pages = out / "rendered"

    # The lessons teach with the seeds and their prose describes the seeds; another corpus gets the
    # report, whose every sentence holds for any folder.
    every = notebook_paths() + solution_paths()
    default = [p for p in every if p.name == REPORT] if args.corpus else every
    chosen = [p for p in every if any(p.name.startswith(o) for o in args.only)] if args.only else default
    if not chosen:
        print(f"kabar render: no notebook in notebooks/ or notebooks/solutions/ starts with {' or '.join(args.only)}", file=sys.stderr)
        return 2
    jobs = [(str(p), *map(str, output_paths(p, out)), env) for p in chosen]
    start = time.monotonic()
    outcomes = run_all(jobs, args.workers)
    report(outcomes, pages, time.monotonic() - start)
    failed = [o for o in outcomes if o.error]
    for o in failed:
        print(f"\nkabar render: {o.name} failed at {o.error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
