"""Any corpus, not only the seeds (issue 10): the report notebook and `analyze` on folders nobody
wrote the code for.

Two kinds of folder:
- the story corpora under tests/corpora/*/articles: articles written for these tests in the form
  of real Indonesian news pages (page furniture included), with gold data beside them;
- degenerate corpora made here: one article, one period, all or some undated, no actor, one
  outlet, 40 outlets, 30 periods, very long names and headlines, 10,000 articles.

For each: `render --corpus` executes the report without an error output and writes its page,
`analyze` writes its tables without a stack trace, and a page of another story carries no label
of the seed story. The rendered pages go to a temporary folder: `git status` stays clean.
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

import notebooks

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "lib" / "target"
CLASSPATH = f"{TARGET / 'kabar-lib.jar'}:{TARGET / 'dependency'}/*"
STORIES = sorted(p for p in (ROOT / "tests" / "corpora").glob("*/articles") if p.is_dir())

# Words that belong to the seed story only: none of them may appear on another story's page.
SEED_STORY_MARKERS = ["Blinken", "Lavrov", "Donfried", "Jenewa", "Stoltenberg", "2021-12", "December 2021",
                      "January 2022", "Medcom", "MINA", "SINDOnews"]

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def dateline(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} | 10:15 WIB"


def article(n: int, day: date | None, people: bool = True, headline: str | None = None) -> str:
    """A short article of our own, with a dateline when it has a date; people named only if asked."""
    who = ("Kepala Dinas Pekerjaan Umum Sutrisno Hadi mengatakan perbaikan jalan dimulai pekan depan. "
           "\"Kami sudah menyiapkan alat berat,\" kata Sutrisno.") if people else \
          "Warga diminta berhati-hati saat melintas karena jalan licin dan berlubang."
    lines = [headline or f"Jalan Desa Rusak Parah Setelah Hujan Deras ({n})", ""]
    if day:
        lines += [dateline(day), ""]
    lines += [f"Hujan deras yang turun sejak pagi merusak ruas jalan desa sepanjang {n % 7 + 2} kilometer. "
              f"Air sungai meluap dan menggenangi sawah di sekitar jalan itu. {who}", "",
              "Sebagian pedagang pasar memilih menutup lapak lebih awal. Sekolah setempat meliburkan murid "
              "selama dua hari sambil menunggu air surut.", ""]
    return "\n".join(lines)


def write_corpus(folder: Path, articles: dict[str, str], metadata: list[dict] | None = None) -> Path:
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    if metadata:
        with open(folder / "metadata.csv", "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, ["id", "outlet", "outlet_evidence", "published", "date_evidence", "headline"])
            writer.writeheader()
            writer.writerows(metadata)
    return folder


def curated(n: int, outlet: str, day: date | None, headline: str) -> dict:
    return {"id": f"{n:05d}", "outlet": outlet, "outlet_evidence": "test", "published": day.isoformat() if day else "",
            "date_evidence": "test", "headline": headline}


def degenerate(base: Path) -> dict[str, Path]:
    start = date(2019, 3, 4)
    corpora = {}
    corpora["one-article"] = write_corpus(base / "one-article", {"00001.txt": article(1, start)})
    corpora["one-period"] = write_corpus(base / "one-period",
                                         {f"{n:05d}.txt": article(n, start + timedelta(days=n)) for n in range(1, 6)})
    corpora["all-undated"] = write_corpus(base / "all-undated", {f"{n:05d}.txt": article(n, None) for n in range(1, 5)})
    corpora["some-undated"] = write_corpus(
        base / "some-undated",
        {f"{n:05d}.txt": article(n, None if n % 2 else start + timedelta(days=20 * n)) for n in range(1, 7)})
    corpora["no-actor"] = write_corpus(base / "no-actor",
                                       {f"{n:05d}.txt": article(n, start + timedelta(days=25 * n), people=False)
                                        for n in range(1, 5)})
    # Outlets and dates from a metadata.csv, the way a user curates what inference cannot know.
    forty = {f"{n:05d}.txt": article(n, None) for n in range(1, 81)}
    corpora["forty-outlets"] = write_corpus(
        base / "forty-outlets", forty,
        [curated(n, f"Media Daerah {n % 40 + 1:02d}", start + timedelta(days=n % 50), f"Berita {n}") for n in range(1, 81)])
    corpora["one-outlet"] = write_corpus(
        base / "one-outlet", {f"{n:05d}.txt": article(n, None) for n in range(1, 7)},
        [curated(n, "Warta Kampung", start + timedelta(days=31 * n), f"Berita {n}") for n in range(1, 7)])
    corpora["thirty-periods"] = write_corpus(
        base / "thirty-periods", {f"{n:05d}.txt": article(n, None) for n in range(1, 61)},
        [curated(n, f"Media {n % 5}", date(2018 + (n // 2) // 12, (n // 2) % 12 + 1, 10), f"Berita {n}")
         for n in range(1, 61)])
    long_headline = "Sangat Panjang " * 25 + "Akhirnya Selesai"
    corpora["long-names"] = write_corpus(
        base / "long-names", {f"{n:05d}.txt": article(n, None, headline=long_headline) for n in range(1, 4)},
        [curated(n, "Kantor Berita Nusantara Raya Untuk Seluruh Warga Kepulauan Yang Sangat Luas " * 2,
                 start + timedelta(days=40 * n), long_headline) for n in range(1, 4)])
    rng = random.Random(2026)
    corpora["ten-thousand"] = write_corpus(
        base / "ten-thousand",
        {f"{n:05d}.txt": article(n, start + timedelta(days=rng.randrange(900)), people=n % 3 == 0)
         for n in range(1, 10_001)})
    return corpora


@pytest.fixture(scope="session")
def corpora(tmp_path_factory) -> dict[str, Path]:
    made = degenerate(tmp_path_factory.mktemp("degenerate"))
    return {**{p.parent.name: p for p in STORIES}, **made}


@pytest.fixture(scope="session")
def rendered(corpora, tmp_path_factory) -> dict[str, tuple[Path, notebooks.Outcome]]:
    """name -> (the report page, outcome); every corpus rendered in parallel on fresh kernels."""
    out = tmp_path_factory.mktemp("reports")
    report = notebooks.NOTEBOOKS / notebooks.REPORT
    jobs = [(str(report), str(out / name / report.name), str(out / name / "rendered" / "report.html"),
             {"KABAR_CORPUS": str(folder), "KABAR_FIGURES": str(out / name / "figures")})
            for name, folder in corpora.items()]
    outcomes = notebooks.run_all(jobs, workers=(os.cpu_count() or 1) + 1)
    return {name: (Path(html), o) for (name, (_, _, html, _)), o in zip(zip(corpora, jobs), outcomes)}


def test_there_are_three_story_corpora_of_twenty_articles_from_eight_outlets():
    large = []
    for folder in STORIES:
        with open(folder.parent / "gold-metadata.csv", encoding="utf-8") as f:
            outlets = {row["outlet"] for row in csv.DictReader(f)} - {"unknown"}
        if len(list(folder.glob("*.txt"))) >= 20 and len(outlets) >= 8:
            large.append(folder.parent.name)
    # Beside them, smaller folders test one thing each (mixed-id-en: Indonesian and English together).
    assert len(large) >= 3, large


def test_every_corpus_renders_the_report_without_an_error(rendered):
    failed = {name: outcome.error for name, (_, outcome) in rendered.items() if outcome.error}
    assert not failed, failed
    for name, (page, _) in rendered.items():
        assert page.is_file(), name


def test_a_report_of_another_story_carries_no_label_of_the_seed_story(rendered):
    for name, (page, outcome) in rendered.items():
        if outcome.error:
            continue
        html = page.read_text(encoding="utf-8")
        assert not [m for m in SEED_STORY_MARKERS if m in html], name


def test_degenerate_corpora_say_why_a_figure_is_empty(rendered):
    page = rendered["all-undated"][0].read_text(encoding="utf-8")
    assert "No article is dated, so there is nothing to place in time." in page
    assert "a comparison needs two periods" in page
    page = rendered["no-actor"][0].read_text(encoding="utf-8")
    assert "No article mentions an actor of the dictionary." in page


def analyze(folder: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(["java", "-cp", CLASSPATH, "org.kabar.cli.Main", "analyze", str(folder), "--out", str(out),
                           "--no-progress", *options], capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("name", [p.parent.name for p in STORIES] + [
    "one-article", "all-undated", "some-undated", "no-actor", "forty-outlets", "thirty-periods", "long-names"])
def test_analyze_writes_every_table_for_every_corpus(corpora, tmp_path, name):
    run = analyze(corpora[name], tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Exception" not in run.stderr and "\tat " not in run.stderr, run.stderr
    with open(tmp_path / "articles.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == len(list(corpora[name].glob("*.txt")))
    for table in ["actors.csv", "terms.csv", "keyness.csv", "load_report.csv", "quotes.csv", "sources.csv"]:
        assert (tmp_path / table).is_file(), table


def test_analyze_by_week_and_quarter(corpora, tmp_path):
    for unit, pattern in [("week", "-W"), ("quarter", "-Q")]:
        run = analyze(corpora["thirty-periods"], tmp_path / unit, "--period", unit)
        assert run.returncode == 0, run.stderr
        with open(tmp_path / unit / "articles.csv", encoding="utf-8") as f:
            periods = {row["period"] for row in csv.DictReader(f)}
        assert all(pattern in p for p in periods), periods
