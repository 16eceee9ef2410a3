"""The Spark job gives the single-machine route's tables (issue 16).

`./kabar spark FOLDER --out DIR` runs the analysis as an Apache Spark job in local mode;
`./kabar analyze FOLDER --out DIR2` runs it on one machine. Both must write the same rows to
articles.csv, actors.csv, terms.csv, load_report.csv and metadata_disagreements.csv, compared as
sorted lines (the same columns, the same CSV quoting). Four folders: the seeds (curated
metadata, a story dictionary), one of the test corpora (no metadata), a folder of exports made
here (CSV, gzipped JSON Lines, a bad row, a row repeating another's text, a column kept), and a
folder made here of what depends on file order or on the folder rather than on one article: a
text copied under three names (one differing only in white space), two files with one id (a.TXT
and a.txt), files Spark's own file sources would pass over (names starting with "_" or "."), a
subfolder, a folder named like an article, an empty file, a binary one, one over the size limit,
Windows-1252, and curated metadata naming an id no file has. `./kabar test` builds the Spark
module before pytest runs.
"""

from __future__ import annotations

import csv
import gzip
import json
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KABAR = str(ROOT / "kabar")
TABLES = ["articles.csv", "actors.csv", "terms.csv", "load_report.csv", "metadata_disagreements.csv"]


def text(n: int, who: str = "Wendy Sherman") -> str:
    """Article number n, written for this test; texts differ by n."""
    return (f"Perundingan Jenewa Putaran {n} Berakhir\n\n"
            f"JENEWA, KOMPAS.TV – Wakil Menteri Luar Negeri AS {who} bertemu Deputi Menlu Rusia "
            f"Sergei Ryabkov selama {n} jam pada Senin (10/1/2022).\n\n"
            f"“Kami menolak proposal nomor {n}, tetapi Rusia tetap diajak berunding,” kata Sherman kepada wartawan. "
            "Ukraina tidak hadir dalam pertemuan itu.\n")


def odd_folder(folder: Path) -> Path:
    folder.mkdir()
    files = {
        "a.TXT": text(1).encode("utf-8"),   # id "a", first in file name order ("T" < "t")
        "a.txt": text(2).encode("utf-8"),   # id "a" again: skipped, so its text is never the kept copy
        "b.txt": text(2).encode("utf-8"),   # a.txt's text: kept, since a.txt was not used
        "c.txt": text(2).replace(" bertemu ", "  bertemu\n ").encode("utf-8"),  # the same text, other white space
        "_draft.txt": text(3).encode("utf-8"),
        ".hidden.txt": text(4).encode("utf-8"),
        "cp1252.txt": text(5).encode("cp1252"),
        "story.txt": text(6, who="Bertha Lindqvist").encode("utf-8"),
        "empty.txt": b"",
        "image.txt": bytes(range(256)) * 4,
        "long.txt": (text(7).encode("utf-8") * 4000)[:1_100_000],
        "notes.md": b"not an article\n",
        "events.csv": b"date,label,description\n2022-01-10,talks,Geneva\n",
        # A story actor the standard dictionary does not have: the job must ship the folder's dictionary.
        "actors.tsv": "Bertha Lindqvist\tperson\tan envoy made up for this test\tBertha Lindqvist|Lindqvist\n".encode("utf-8"),
        "metadata.csv": ("id,outlet,outlet_evidence,published,date_evidence,headline\n"
                         "b,Kompas TV,dateline,2022-01-11,\"read, by hand\",Perundingan Jenewa Putaran 2 Berakhir\n"
                         "zzz,Nowhere,,,,\n").encode("utf-8"),
    }
    (folder / "probe.TXT").write_bytes(b"")
    case_sensitive = not (folder / "probe.txt").exists()
    (folder / "probe.TXT").unlink()
    for name, data in files.items():
        if name == "a.TXT" and not case_sensitive:
            continue  # a.TXT and a.txt would be one file (macOS, Windows): the comparisons still hold
        (folder / name).write_bytes(data)
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_bytes(text(8).encode("utf-8"))
    (folder / "dir.txt").mkdir()
    return folder


def export_folder(folder: Path) -> Path:
    """Articles as rows of exports, with the column names news archives use."""
    folder.mkdir()
    with open(folder / "export.csv", "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["id", "title", "publish_date", "media_name", "text", "section"])
        out.writerow(["e1", "Putaran 11 Berakhir", "2022-01-10", "Kompas TV", text(11), "dunia"])
        out.writerow(["e2", "Putaran 12 Berakhir", "2022-01-12", "VOA Indonesia", text(12), "=1+1"])
        out.writerow(["e3", "Tanpa teks", "2022-01-12", "VOA Indonesia", "", "dunia"])  # no text: rejected
        out.writerow(["e4", "Putaran 11 lagi", "2021-12-30", "MINA", text(11), "dunia"])  # e1's text: skipped
    rows = [{"id": f"j{n}", "title": f"Putaran {n}", "publish_date": f"2021-12-{n:02d}", "media_name": "SINDOnews",
             "text": text(n)} for n in (13, 14)]
    (folder / "more.jsonl.gz").write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")))
    return folder


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([KABAR, *args], capture_output=True, text=True, encoding="utf-8", timeout=900)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """corpus -> (analyze's output folder, the Spark job's). The analyze runs go in parallel with the Spark ones."""
    tmp = tmp_path_factory.mktemp("spark")
    folders = {"seeds": ROOT / "seeds", "bbm-2022": ROOT / "tests" / "corpora" / "bbm-2022" / "articles",
               "exports": export_folder(tmp / "exports"), "odd": odd_folder(tmp / "odd")}
    with ThreadPoolExecutor(max_workers=2) as pool:
        single = {name: pool.submit(run, "analyze", str(folder), "--out", str(tmp / f"{name}-analyze"), "--no-progress")
                  for name, folder in folders.items()}
        spark = {}
        for name, folder in folders.items():  # one Spark JVM at a time: each uses every core
            spark[name] = run("spark", str(folder), "--out", str(tmp / f"{name}-spark"), "--master", "local[2]")
        for name in folders:
            for route, done in (("analyze", single[name].result()), ("spark", spark[name])):
                assert done.returncode == 0, f"{route} on {name} failed: {done.stderr[-2000:]}"
                assert "\tat " not in done.stderr, f"{route} on {name} printed a stack trace: {done.stderr[-2000:]}"
    return {name: (tmp / f"{name}-analyze", tmp / f"{name}-spark") for name in folders}


def lines(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("corpus", ["seeds", "bbm-2022", "exports", "odd"])
def test_spark_writes_what_analyze_writes(outputs, corpus, table):
    single, spark = outputs[corpus]
    assert (spark / table).read_text(encoding="utf-8").splitlines()[0] == \
        (single / table).read_text(encoding="utf-8").splitlines()[0], "same columns in the same order"
    assert lines(spark / table) == lines(single / table)


def test_the_comparison_has_rows_to_compare(outputs):
    # Counted in the folders, not taken from either route: 5 seed articles, 25 in bbm-2022.
    assert len(rows(outputs["seeds"][1] / "articles.csv")) == 5
    assert len(rows(outputs["bbm-2022"][1] / "articles.csv")) == 25
    for corpus in ("seeds", "bbm-2022"):
        assert len(rows(outputs[corpus][1] / "actors.csv")) > 20
        assert len(rows(outputs[corpus][1] / "terms.csv")) > 500
    assert len(rows(outputs["seeds"][1] / "metadata_disagreements.csv")) == 1  # 004's outlet, see seeds/README
    # The exports: e1, e2, j13, j14 (e3 has no text, e4 repeats e1's text).
    assert sorted(r["id"] for r in rows(outputs["exports"][1] / "articles.csv")) == ["e1", "e2", "j13", "j14"]


def test_file_order_and_folder_decisions(outputs):
    report = {r["file"]: r for r in rows(outputs["odd"][1] / "load_report.csv")}
    if "a.TXT" not in report:
        pytest.skip("a case-insensitive file system holds no a.TXT beside a.txt")
    assert report["a.TXT"]["status"] == "loaded"
    assert report["a.txt"]["reason"] == 'id "a" already used by a.TXT'
    assert report["b.txt"]["status"] == "loaded with warnings"
    assert report["c.txt"]["reason"] == "same text as b.txt (kept there)"
    assert "same text also in c.txt (kept here once)" in report["b.txt"]["reason"]
    for kept in ("_draft.txt", ".hidden.txt", "cp1252.txt", "story.txt", "sub/inner.txt"):
        assert report[kept]["status"].startswith("loaded"), kept
    for skipped in ("empty.txt", "image.txt", "long.txt", "notes.md"):
        assert report[skipped]["status"] == "skipped", skipped
    assert report["metadata.csv"]["reason"] == "curated metadata for 2 articles; curated ids with no article: zzz"
    assert {r["id"] for r in rows(outputs["odd"][1] / "articles.csv")} == \
        {"a", "b", "_draft", ".hidden", "cp1252", "story", "sub/inner"}
    # The folder's own dictionary reached the workers.
    assert {"id": "story", "actor": "Bertha Lindqvist", "type": "person", "mentions": "1"} in \
        rows(outputs["odd"][1] / "actors.csv")


def test_parquet_copies(outputs):
    for table in TABLES + ["actors_by_period.csv", "terms_by_period.csv", "periods.csv"]:
        folder = outputs["seeds"][1] / "parquet" / table.removesuffix(".csv")
        assert any(p.suffix == ".parquet" for p in folder.iterdir()), folder


def test_a_bad_folder_is_one_line(tmp_path):
    done = run("spark", str(tmp_path / "missing"), "--out", str(tmp_path / "out"))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == f"kabar: {tmp_path / 'missing'}: no such folder"
    assert "\tat " not in done.stderr
