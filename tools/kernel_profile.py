"""Where a notebook's CPU goes: each notebook on a fresh kernel, one at a time, with the kernel
JVM's CPU read from /proc at its handshake, around each cell and just before it is stopped, and
the page export's CPU in this process. Linux only (reads /proc). Prints a line per notebook, its
costliest cells and the kernel's CPU by thread; README's Performance section quotes it.
Run it through the runner, which sets up the project's kernel: `./kabar profile [NN ...]`.
Figures and exports go to a temporary folder, not to notebooks/.
"""

from __future__ import annotations

import collections
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

import notebooks  # tools/notebooks.py, beside this script: the runner's paths, kernel and export

TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS   # utime + stime


def thread_cpu(pid: int) -> collections.Counter:
    """CPU seconds by thread name, numbered threads (C1 CompilerThread0, 1, ...) added up."""
    by_name: collections.Counter = collections.Counter()
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        try:
            raw = stat.read_text()
        except OSError:   # the thread ended meanwhile
            continue
        name = re.sub(r"[0-9]+$", "#", raw[raw.index("(") + 1:raw.rindex(")")])
        fields = raw.rsplit(")", 1)[1].split()
        by_name[name] += (int(fields[11]) + int(fields[12])) / TICKS
    return by_name


def profile(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    marks: dict[str, float] = {}
    cells: list[tuple[float, float, int, str]] = []   # (CPU, wall, code cell number, first line)
    threads: collections.Counter = collections.Counter()

    def kernel_pid() -> int:
        return client.km.provisioner.process.pid

    def on_start(**_):
        marks["ready"], marks["ready_cpu"] = time.monotonic(), process_cpu(kernel_pid())

    def on_cell_execute(cell, **_):
        marks["cell"], marks["cell_cpu"] = time.monotonic(), process_cpu(kernel_pid())

    def on_cell_executed(cell, **_):
        cpu = process_cpu(kernel_pid())
        first_line = (cell.source.splitlines() or [""])[0][:60]
        cells.append((cpu - marks["cell_cpu"], time.monotonic() - marks["cell"], len(cells) + 1, first_line))
        marks["last"], marks["last_cpu"] = time.monotonic(), cpu

    client = NotebookClient(nb, kernel_name=notebooks.KERNEL, timeout=notebooks.CELL_TIMEOUT_S,
                            shutdown_kernel="immediate", resources={"metadata": {"path": str(path.parent)}},
                            on_notebook_start=on_start, on_cell_execute=on_cell_execute,
                            on_cell_executed=on_cell_executed)
    stop = client._async_cleanup_kernel   # read the threads just before the kernel is killed

    async def read_threads_then_stop():
        threads.update(thread_cpu(kernel_pid()))
        await stop()

    client._async_cleanup_kernel = read_threads_then_stop
    began = time.monotonic()
    client.execute()
    ended = time.monotonic()
    notebooks.normalise(nb)
    export_began = time.process_time()
    notebooks.render_html(nb, path.stem)
    export_cpu = time.process_time() - export_began
    print(f"{path.name}: to first cell {marks['ready'] - began:.2f} s wall, {marks['ready_cpu']:.2f} s kernel CPU; "
          f"{len(cells)} cells {marks['last'] - marks['ready']:.2f} s wall, {marks['last_cpu'] - marks['ready_cpu']:.2f} s CPU; "
          f"stop {ended - marks['last']:.2f} s wall; page export {export_cpu:.2f} s CPU")
    for cpu, wall, number, line in sorted(cells, reverse=True)[:5]:
        print(f"  cell {number:2d}: {cpu:5.2f} s CPU {wall:5.2f} s wall  {line}")
    print("  kernel threads (s CPU; threads that ended are missing): "
          + ", ".join(f"{name} {cpu:.2f}" for name, cpu in threads.most_common(8)))


def main(argv: list[str]) -> int:
    every = notebooks.notebook_paths() + notebooks.solution_paths()
    chosen = [p for p in every if not argv or any(p.name.startswith(a) for a in argv)]
    if not chosen:
        print(f"kernel_profile: no notebook starts with {' or '.join(argv)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kabar-profile-") as scratch:
        os.environ["KABAR_FIGURES"] = str(Path(scratch) / "figures")
        for path in chosen:
            profile(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
