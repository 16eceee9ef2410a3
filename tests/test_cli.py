"""Bad input through the command line (issue 3 §4, issue 6 §5).

Each case is a folder made here and run through `analyze` in its own JVM (the runs go in parallel,
so the file stays within seconds). What is checked: the exit status documented in
org.kabar.cli.Main (0 success, 1 unusable input, 2 malformed command); for a fatal error, one line
on stderr naming the file or folder and the reason; never a stack trace; and, when the run
succeeds, one row of load_report.csv for every file in the folder. The lib jar is built by
`./kabar test` before pytest runs.
"""

from __future__ import annotations

import csv
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "lib" / "target"
CLASSPATH = f"{TARGET / 'kabar-lib.jar'}:{TARGET / 'dependency'}/*"

OK, UNUSABLE_INPUT, USAGE = 0, 1, 2  # org.kabar.cli.Main
SIZE_LIMIT = 1_048_576  # CorpusLoader.DEFAULT_MAX_BYTES; `analyze` has no option to change it

HEADLINE = "Pertemuan di Genève Berakhir Tanpa Kesepakatan"


def article(n: int) -> str:
    """Article number n: texts differ, so only a true copy is a duplicate. Every character is in
    Windows-1252 too (é, the en dash, curly quotes), so it can be written in either encoding."""
    return (f"{HEADLINE} ({n})\n\n"
            "JENEWA, KOMPAS.TV – Wakil Menteri Luar Negeri AS Wendy Sherman bertemu Deputi Menlu Rusia "
            "Sergei Ryabkov selama delapan jam pada Senin (10/1/2022).\n\n"
            f"“Kami menolak proposal nomor {n},” kata Sherman kepada wartawan.\n")


OVERSIZE = int(1.1 * SIZE_LIMIT)
UNUSABLE = {  # file -> (bytes, the reason given); alone in a folder, each makes the input unusable
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n \r\n   ", "only whitespace"),
    "image.txt": (bytes(range(256)) * 4, "binary file (contains NUL bytes)"),
    "long.txt": ((article(1).encode("utf-8") * 5000)[:OVERSIZE],
                 f"larger than the {SIZE_LIMIT}-byte size limit ({OVERSIZE} bytes)"),
    "article.md": (article(2).encode("utf-8"), "not an article file (.txt, .csv, .tsv, .jsonl, .ndjson, .json, .html, .htm, each also gzipped)"),
}
USABLE = {  # file -> (bytes, status, what the reason says, the headline read)
    "cp1252.txt": (article(3).encode("cp1252"), "loaded with warnings", "not UTF-8; read as Windows-1252", 3),
    "bom.txt": (b"\xef\xbb\xbf" + article(4).encode("utf-8"), "loaded", "UTF-8 byte-order mark removed", 4),
    "crlf.txt": (article(5).replace("\n", "\r\n").encode("utf-8"), "loaded", "CRLF line ends read as LF", 5),
    "cr.txt": (article(6).replace("\n", "\r").encode("utf-8"), "loaded", "CR line ends read as LF", 6),
    "first.txt": (article(7).encode("utf-8"), "loaded with warnings", "same text also in", 7),
    "second.txt": (article(7).encode("utf-8"), "skipped", "same text as", None),
}


@dataclass
class Run:
    folder: Path
    out: Path
    status: int
    stdout: str
    stderr: str

    def table(self, name: str) -> list[dict[str, str]]:
        with open(self.out / name, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))


def analyze(*args: str) -> tuple[int, str, str]:
    # C1 only: these runs are short, and full JIT compilation would cost more than it saves.
    done = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-cp", CLASSPATH, "org.kabar.cli.Main", "analyze",
                           *args], capture_output=True, text=True, encoding="utf-8", timeout=120)
    return done.returncode, done.stdout, done.stderr


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Run]:
    """Every case's folder and run, by case name: each unusable file alone, an empty folder, a
    missing one, a mixed folder holding every file-level case, the seeds, and a malformed command."""
    assert (TARGET / "kabar-lib.jar").is_file(), "lib/target/kabar-lib.jar is missing: run ./kabar setup"
    base = tmp_path_factory.mktemp("cli")
    folders: dict[str, dict[str, bytes] | None] = {alone(file): {file: data} for file, (data, _) in UNUSABLE.items()}
    folders["no_articles"] = {}
    folders["missing_folder"] = None
    folders["mixed"] = {file: data for file, (data, _) in UNUSABLE.items()}
    folders["mixed"] |= {file: data for file, (data, *_) in USABLE.items()}
    jobs = {}
    for name, files in folders.items():
        folder = base / name
        if files is not None:
            folder.mkdir()
            for file, data in files.items():
                (folder / file).write_bytes(data)
        jobs[name] = (folder, base / f"{name}-out", [str(folder), "--out", str(base / f"{name}-out")])
    jobs["seeds"] = (ROOT / "seeds", base / "seeds-out", [str(ROOT / "seeds"), "--out", str(base / "seeds-out")])
    jobs["usage"] = (ROOT / "seeds", base / "usage-out", [str(ROOT / "seeds")])
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {name: pool.submit(analyze, *args) for name, (_, _, args) in jobs.items()}
        return {name: Run(jobs[name][0], jobs[name][1], *future.result()) for name, future in futures.items()}


def alone(file: str) -> str:
    """The case (and folder) name of an unusable file alone, which does not contain the file's name."""
    return "alone_" + file.replace(".", "_")


def assert_no_stack_trace(run: Run) -> None:
    assert "Exception" not in run.stderr and "\tat " not in run.stderr, run.stderr


FATAL = {alone(file): (file, reason) for file, (_, reason) in UNUSABLE.items()}
FATAL["no_articles"] = ("no_articles", "no articles to load (0 files seen)")
FATAL["missing_folder"] = ("missing_folder", "no such folder")


@pytest.mark.parametrize("case", sorted(FATAL))
def test_unusable_input_is_one_line_naming_the_file_and_reason(runs, case):
    run = runs[case]
    named, reason = FATAL[case]
    assert run.status == UNUSABLE_INPUT, run.stderr
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1, run.stderr
    assert named in lines[0] and reason in lines[0], lines[0]
    assert_no_stack_trace(run)
    assert not (run.out / "load_report.csv").exists()


def test_every_file_of_a_mixed_folder_is_in_the_report_with_its_reason(runs):
    run = runs["mixed"]
    assert run.status == OK, run.stderr
    assert_no_stack_trace(run)
    report = {row["file"]: row for row in run.table("load_report.csv")}
    assert len(run.table("load_report.csv")) == len(list(run.folder.iterdir())) == 11
    expected = {file: ("skipped", reason) for file, (_, reason) in UNUSABLE.items()}
    expected |= {file: (status, reason) for file, (_, status, reason, _) in USABLE.items()}
    for file, (status, reason) in expected.items():
        assert (report[file]["status"], reason in report[file]["reason"]) == (status, True), report[file]


def test_mixed_folder_decodes_each_encoding_and_keeps_one_copy(runs):
    run = runs["mixed"]
    headlines = {row["file"]: row["headline"] for row in run.table("articles.csv")}
    assert headlines == {file: f"{HEADLINE} ({n})" for file, (*_, n) in USABLE.items() if n is not None}


def test_mixed_folder_names_each_file_not_cleanly_loaded_on_its_own_warning_line(runs):
    run = runs["mixed"]
    not_clean = {row["file"] for row in run.table("load_report.csv") if row["status"] != "loaded"}
    # The folder has no dated article, so there are no periods to compare: analyze says so once.
    lines = [line for line in run.stderr.splitlines() if not line.startswith("kabar: warning: keyness.csv is empty")]
    assert len(lines) == len(run.stderr.splitlines()) - 1, run.stderr
    assert all(line.startswith("kabar: warning: ") for line in lines), run.stderr
    assert sorted(line.split(": ")[2] for line in lines) == sorted(not_clean)


def test_malformed_command_is_a_usage_error(runs):
    run = runs["usage"]
    assert run.status == USAGE
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("usage: kabar analyze FOLDER --out DIR"), run.stderr


def test_seeds_give_five_articles_with_the_documented_columns(runs):
    run = runs["seeds"]
    assert run.status == OK, run.stderr
    assert_no_stack_trace(run)
    with open(run.out / "articles.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["id", "file", "outlet", "headline", "published", "period", "sentences", "tokens",
                       "date_evidence", "language"]
    assert len(rows) == 6
    # The five seed articles are Indonesian.
    assert [row[9] for row in rows[1:]] == ["id"] * 5
    assert len(run.table("load_report.csv")) == len(list(run.folder.iterdir()))
