"""The lessons' prose against their own outputs.

A sentence in a notebook that states a number or a ranking ("December has 36 'Rusia' words
against 31 mentions of Russia") is a claim a student will believe. Each test here pairs such a
sentence of the markdown with the output table it rests on, in the committed, executed notebook:
the phrase must still be in the prose, and the table must still say what the phrase says. The
notebook regression test (test_notebooks.py) keeps the committed outputs equal to a fresh run,
so a library change that moves a number fails there first; once the notebooks are re-rendered,
it fails here until the prose says the new number.

The statistics are also recomputed here from the counts a table shows, with the formulas of
docs/methods.md (not with the library), so a table cannot drift from its own definition.
Expected values are the ones the prose states, read by a person from the outputs; none is pasted
from a run of the code.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
SOLUTIONS = NOTEBOOKS / "solutions"
SEED_SENTENCES = ROOT / "lib" / "src" / "test" / "resources" / "org" / "kabar" / "text" / "seed-sentences.txt"


# --- reading a committed notebook ------------------------------------------------------------

@dataclass
class Shown:
    """An HTML table as a notebook page shows it: caption, header and the rows on the page."""
    caption: str
    columns: list[str]
    rows: list[dict[str, str]]
    hidden: int = 0  # rows the page leaves out ("… n rows not shown …")

    def column(self, name: str) -> list[str]:
        return [r[name] for r in self.rows]

    def row(self, **match: str) -> dict[str, str]:
        found = self.rows_where(**match)
        assert len(found) == 1, f"{self.caption}: {len(found)} rows with {match}"
        return found[0]

    def rows_where(self, **match: str) -> list[dict[str, str]]:
        return [r for r in self.rows if all(r[k] == v for k, v in match.items())]

    def number(self, column: str, **match: str) -> float:
        return float(self.row(**match)[column])


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.caption, self.header, self.rows, self.note = "", [], [], ""
        self._cell: list[str] | None = None
        self._row: list[str] | None = None
        self._in_caption = False
        self._colspan = False

    def handle_starttag(self, tag, attrs):
        if tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
            self._colspan = any(k == "colspan" for k, _ in attrs)

    def handle_endtag(self, tag):
        if tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            text = "".join(self._cell)
            if self._colspan:
                self.note = text
            else:
                self._row.append(text)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:  # a row holding only the note has no cells of its own
                if not self.header:
                    self.header = self._row
                else:
                    self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        if self._in_caption:
            self.caption += data
        elif self._cell is not None:
            self._cell.append(data)


def parse_table(markup: str) -> Shown:
    parser = _TableParser()
    parser.feed(markup)
    header = parser.header
    hidden = re.search(r"([\d,]+) rows? not shown", parser.note)
    caption = re.sub(r" · [\d,]+ rows? × \d+ columns?$", "", html.unescape(parser.caption))
    return Shown(caption, header, [dict(zip(header, r)) for r in parser.rows],
                 int(hidden.group(1).replace(",", "")) if hidden else 0)


@dataclass
class Lesson:
    path: Path
    nb: nbformat.NotebookNode = field(init=False)

    def __post_init__(self):
        self.nb = nbformat.read(self.path, as_version=4)

    @property
    def prose(self) -> str:
        text = "\n".join(c.source for c in self.nb.cells if c.cell_type == "markdown")
        return re.sub(r"\s+", " ", text)

    def says(self, *phrases: str) -> None:
        """Each phrase is in the notebook's markdown (whitespace-insensitive)."""
        for phrase in phrases:
            assert re.sub(r"\s+", " ", phrase) in self.prose, f"{self.path.name} no longer says: {phrase!r}"

    def _cell(self, code: str) -> nbformat.NotebookNode:
        cells = [c for c in self.nb.cells if c.cell_type == "code" and code in c.source]
        assert len(cells) == 1, f"{self.path.name}: {len(cells)} code cells contain {code!r}"
        return cells[0]

    def table(self, code: str, whole: bool = False) -> Shown:
        """The HTML table shown by the code cell containing `code` (its last one)."""
        tables = [out["data"]["text/html"] for out in self._cell(code).outputs
                  if "text/html" in out.get("data", {}) and "<table" in out["data"]["text/html"]]
        assert tables, f"{self.path.name}: the cell with {code!r} shows no table"
        shown = parse_table(tables[-1])
        if whole:
            assert shown.hidden == 0, f"{self.path.name}: the prose reads rows the table hides ({code!r})"
        return shown

    def text(self, code: str) -> str:
        return "".join(out["data"]["text/plain"] for out in self._cell(code).outputs if "text/plain" in out.get("data", {}))


def lesson(name: str) -> Lesson:
    return Lesson(NOTEBOOKS / name)


def solution(name: str) -> Lesson:
    return Lesson(SOLUTIONS / name)


def ints(values) -> list[int]:
    return [int(v) for v in values]


# --- docs/methods.md's formulas, for recomputing what a table shows ---------------------------

def g2(a: float, b: float, c: float, d: float, four_term: bool = False) -> float:
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    term = lambda o, e: o * math.log(o / e) if o > 0 else 0.0  # noqa: E731
    total = term(a, e1) + term(b, e2)
    if four_term:
        total += term(c - a, c - e1) + term(d - b, d - e2)
    return 2 * total


def log_ratio(a: float, b: float, c: float, d: float) -> float:
    return math.log2((max(a, 0.5) / c) / (max(b, 0.5) / d))


def log_odds(a, b, c, d, alpha, alpha0) -> tuple[float, float]:
    delta = math.log((a + alpha) / (c + alpha0 - a - alpha)) - math.log((b + alpha) / (d + alpha0 - b - alpha))
    return delta, delta / math.sqrt(1 / (a + alpha) + 1 / (b + alpha))


def group_sizes(caption: str) -> tuple[int, int]:
    sizes = re.search(r"\(c = (\d+) tokens\), b = .* \(d = (\d+) tokens\)", caption)
    assert sizes, caption
    return int(sizes.group(1)), int(sizes.group(2))


def test_the_formulas_here_reproduce_the_worked_examples_of_docs_methods():
    methods = (ROOT / "docs" / "methods.md").read_text(encoding="utf-8")
    for (a, b, c, d), (two, four, lr) in {(10, 2, 1000, 1000): (5.8221, 5.8543, 2.3219),
                                          (25, 5, 1200, 900): (9.4201, 9.5418, 1.9069),
                                          (6, 0, 1200, 900): (6.7154, 6.7283, 3.1699),
                                          (60, 30, 20000, 30000): (26.0319, 26.0800, 1.5850)}.items():
        assert round(g2(a, b, c, d), 4) == two and round(g2(a, b, c, d, True), 4) == four
        assert round(log_ratio(a, b, c, d), 4) == lr
        assert f"{two:.4f} | {four:.4f} | {lr:.4f}" in methods
    # Monroe et al.'s worked example: α0 = 12, α from pooled counts.
    assert [round(x, 4) for x in log_odds(6, 1, 12, 12, 3.5, 12)] == [1.0435, 1.8234]
    assert [round(x, 4) for x in log_odds(2, 7, 12, 12, 4.5, 12)] == [-0.9070, -1.8484]
    assert "| sanksi | 3.5 | 1.0435 |" in methods and "| dialog | 4.5 | −0.9070 |" in methods


# --- 01 · The corpus --------------------------------------------------------------------------

def test_01_sentences_of_cleaned_text_and_of_the_hand_checked_raw_files():
    nb = lesson("01-corpus.ipynb")
    nb.says("the five articles have 82 sentences here, while the hand-checked list of the raw files "
            "that notebook 03 and the README cite has 126")
    articles = nb.table('articles.selectColumns("id", "outlet", "published", "period", "headline", "sentences", "tokens")', whole=True)
    assert sum(ints(articles.column("sentences"))) == 82
    gold = [line for line in SEED_SENTENCES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert len(gold) == 126


def test_01_period_sizes():
    nb = lesson("01-corpus.ipynb")
    nb.says("December has three articles with 1,017 word tokens, January two with 808")
    sizes = nb.table('articles.summarize("sentences", "tokens", sum).by("period")', whole=True)
    assert ints([sizes.row(period="2021-12")["Sum [tokens]"], sizes.row(period="2022-01")["Sum [tokens]"]]) == [1017, 808]
    articles = nb.table('articles.selectColumns("id", "outlet", "published"', whole=True)
    assert sorted(articles.column("period")) == ["2021-12"] * 3 + ["2022-01"] * 2
    nb.says("Three articles fall between 21 and 28 December 2021", "two in January 2022")
    december = sorted(p for p in articles.column("published") if p.startswith("2021-12"))
    assert december[0] == "2021-12-21" and december[-1] == "2021-12-28"


def test_01_sindonews_and_medcom_carry_the_most_furniture():
    nb = lesson("01-corpus.ipynb")
    nb.says("SINDOnews (11 removals) and Medcom.id (10) carry the most page furniture")
    cross = nb.table('corpus.removed().xTabCounts("id", "rule")', whole=True)
    totals = {r["[labels]"]: int(r["total"]) for r in cross.rows if r["[labels]"] != "Total"}
    ranked = sorted(totals, key=totals.get, reverse=True)
    assert ranked[:2] == ["003_8f6edb80083b182d", "004_e868b1205f427ac5"]
    assert [totals[i] for i in ranked[:2]] == [11, 10]


def test_01_the_audit_and_its_summary():
    nb = lesson("01-corpus.ipynb")
    nb.says("The audit has 35 rows, more than a page shows")
    audit = nb.table('corpus.removed().selectColumns("id", "line", "rule")')
    assert len(audit.rows) + audit.hidden == 35 and audit.hidden == 20
    cross = nb.table('corpus.removed().xTabCounts("id", "rule")', whole=True)
    assert cross.row(**{"[labels]": "Total"})["total"] == "35"


def test_01_removed_characters_print_as_integers():
    sizes = lesson("01-corpus.ipynb").table("removed_chars", whole=True)
    assert sizes.column("removed_chars")[0] == "419"
    for row in sizes.rows:
        assert int(row["raw_chars"]) - int(row["clean_chars"]) == int(row["removed_chars"])


def test_01_solutions():
    nb = solution("01-corpus-solutions.ipynb")
    report = nb.table("Corpus.load(copy).loadReport()", whole=True)
    assert report.row(file="005_empty.txt")["reason"] == "empty file"
    assert report.row(file="006_bytes.txt")["reason"] == "binary file (contains NUL bytes)"
    assert [r["status"] for r in report.rows if r["file"].startswith("00") and r["file"] < "005"] == \
        ["loaded"] * 4 + ["loaded with warnings"]
    nb.says("*social-prompt* removed the most characters (416), just ahead of *cross-link* (414) and *photo-caption* (347)",
            "78 characters in all")
    chars = nb.table('removed.summarize("chars", sum).by("rule")', whole=True)
    assert chars.column("rule")[:3] == ["social-prompt", "cross-link", "photo-caption"]
    assert ints(chars.column("Sum [chars]")[:3]) == [416, 414, 347]
    assert int(chars.row(rule="site-widget")["Sum [chars]"]) == 78


# --- 02 · Actors ------------------------------------------------------------------------------

def persons(table: Shown, period: str) -> list[dict[str, str]]:
    return [r for r in table.rows if r["period"] == period and r["type"] == "person"]


def test_02_the_word_rusia_and_the_actor_russia():
    nb = lesson("02-actors.ipynb")
    nb.says('December has 36 "Rusia" words against 31 mentions of Russia (section 3), January 27 against 24',
            "The December difference is five titles")
    words = nb.table('words.where(words.stringColumn("norm").isEqualTo("rusia")).countBy("period")', whole=True)
    assert int(words.row(period="2021-12")["Count"]) == 36 and int(words.row(period="2022-01")["Count"]) == 27
    top = nb.table("HtmlTable.of(top).allRows()", whole=True)
    assert int(top.row(period="2021-12", actor="Russia")["mentions"]) == 31
    assert int(top.row(period="2022-01", actor="Russia")["mentions"]) == 24


def test_02_states_similar_and_people_changing():
    nb = lesson("02-actors.ipynb")
    top = nb.table("HtmlTable.of(top).allRows()", whole=True)
    nb.says("Russia 30.5 and 29.7 per 1,000 tokens")
    assert [round(top.number("per_1000", period=p, actor="Russia"), 1) for p in ("2021-12", "2022-01")] == [30.5, 29.7]
    nb.says("in December Karen Donfried (4 mentions) and Vladimir Putin (4) lead",
            "in January Joe Biden (5), Antony Blinken (4) and Sergey Lavrov (4)",
            "in January each of them appears in **one** article")
    december = sorted(persons(top, "2021-12"), key=lambda r: -int(r["mentions"]))
    assert {r["actor"] for r in december[:2]} == {"Karen Donfried", "Vladimir Putin"}
    assert [int(r["mentions"]) for r in december[:3]] == [4, 4, 3]
    january = {r["actor"]: r for r in persons(top, "2022-01")}
    assert {a: int(january[a]["mentions"]) for a in ("Joe Biden", "Antony Blinken", "Sergey Lavrov")} == \
        {"Joe Biden": 5, "Antony Blinken": 4, "Sergey Lavrov": 4}
    assert max(int(r["mentions"]) for r in january.values()) == 5
    assert all(r["articles"] == "1" for r in january.values())


def test_02_metonyms_named_in_the_text():
    nb = lesson("02-actors.ipynb")
    nb.says('"Washington:" as the dateline of the Medcom.id article (its sentence 1)', "markas NATO di Brussel")
    metonyms = nb.table("ActorTables.metonyms(actors.dictionary())", whole=True)
    assert metonyms.rows_where(id="004_e868b1205f427ac5", sentence="1", surface="Washington")
    assert metonyms.row(surface="Brussel")["actor"] == "European Union"


def test_02_who_is_quoted():
    nb = lesson("02-actors.ipynb")
    voices = nb.table("HtmlTable.of(voices).allRows()", whole=True)
    quotes = lambda period, speaker: int(voices.row(period=period, speaker=speaker)["quotes"])  # noqa: E731
    nb.says("In December the most quoted are Karen Donfried (6 quotes and statements) and Sergey Lavrov (5)",
            "the White House's unnamed National Security Council spokesperson (3, Kompas TV) and Antony Blinken (2, VOA)")
    assert voices.rows_where(period="2021-12")[0]["speaker"] == "Karen Donfried"
    assert (quotes("2021-12", "Karen Donfried"), quotes("2021-12", "Sergey Lavrov")) == (6, 5)
    assert max(int(r["quotes"]) for r in voices.rows_where(period="2021-12")[2:]) <= 5
    assert (quotes("2021-12", "White House"), quotes("2021-12", "Antony Blinken")) == (3, 2)
    nb.says("In January Blinken leads (4), then Joe Biden (3), with the White House's Jen Psaki (2), Lavrov (2)",
            "Sergiy Nykyforov (2), foreign minister Dmytro Kuleba and President Zelensky (1 each)",
            "Ukraine is quoted only in January")
    january = voices.rows_where(period="2022-01")
    assert [r["speaker"] for r in january[:2]] == ["Antony Blinken", "Joe Biden"]
    assert [quotes("2022-01", s) for s in ("Antony Blinken", "Joe Biden", "Jen Psaki", "Sergey Lavrov",
                                           "Sergiy Nykyforov", "Dmytro Kuleba", "Volodymyr Zelensky")] == [4, 3, 2, 2, 2, 1, 1]
    for ukrainian in ("Sergiy Nykyforov", "Dmytro Kuleba", "Volodymyr Zelensky"):
        assert {r["period"] for r in voices.rows_where(speaker=ukrainian)} == {"2022-01"}


def test_02_how_speakers_were_found():
    nb = lesson("02-actors.ipynb")
    nb.says("Both anaphors are right")
    unnamed = nb.table('quotes.where(quotes.stringColumn("resolved_by").isNotEqualTo("name"))', whole=True)
    anaphors = unnamed.rows_where(resolved_by="anaphor")
    assert [(r["id"][:3], r["speaker"]) for r in anaphors] == [("000", "US State Department"), ("001", "United States")]
    assert set(unnamed.column("resolved_by")) == {"anaphor", "pronoun", "continuation"}


def test_02_sources():
    nb = lesson("02-actors.ipynb")
    sources = nb.table("Table sources = Sources.standard().find(articles);", whole=True)
    nb.says("Every article relays at least one foreign source")
    assert {r["id"] for r in sources.rows_where(origin="foreign")} == {
        "000_5846704a53bdb84e", "001_033e7a7d67a195c4", "002_c6336f8cebf4cd51", "003_8f6edb80083b182d", "004_e868b1205f427ac5"}
    nb.says("AFP counts three times in the Medcom.id article")
    per_period = nb.table("Sources.perPeriod(sources)", whole=True)
    assert per_period.row(source="AFP")["mentions"] == "3"
    assert len(sources.rows_where(id="004_e868b1205f427ac5", source="AFP")) == 3
    nb.says("Russian media appear twice, and the table catches only one: RT's photo credit in SINDOnews")
    assert [r["id"] for r in sources.rows_where(source="RT")] == ["003_8f6edb80083b182d"]
    nb.says("Voice of America and NBC News (United States), the Straits Times (Singapore), France 24 (France) and RT (Russia)")
    assert {"Voice of America", "NBC News", "Straits Times", "France24", "RT", "Reuters", "AP", "AFP"} == \
        {r["source"] for r in sources.rows_where(origin="foreign")}


def test_02_solutions():
    nb = solution("02-actors-solutions.ipynb")
    countries = nb.table('withMetonyms().perPeriod(articles)', whole=True)
    rate = lambda p, a: round(countries.number("per_1000", period=p, actor=a), 1)  # noqa: E731
    nb.says("Russia's rate is higher in December (40.3 per 1,000 tokens) than in January (35.9)",
            "the United States (14.7 → 21.0) and Ukraine (22.6 → 27.2) rise in January")
    assert (rate("2021-12", "Russia"), rate("2022-01", "Russia")) == (40.3, 35.9)
    assert (rate("2021-12", "United States"), rate("2022-01", "United States")) == (14.7, 21.0)
    assert (rate("2021-12", "Ukraine"), rate("2022-01", "Ukraine")) == (22.6, 27.2)
    pairs = nb.table("Cooccurrence.inSentences(Actors.of(more)", whole=True)
    nb.says("Five actors, each in one sentence of one article: Antony Blinken, NATO, the OSCE, Russia and the United States")
    others = {r["actor_a"] if r["actor_b"] == "Strategic Stability Dialogue" else r["actor_b"] for r in pairs.rows}
    assert others == {"Antony Blinken", "NATO", "OSCE", "Russia", "United States"}
    assert {(r["sentences"], r["articles"]) for r in pairs.rows} == {("1", "1")}


# --- 04 · December to January -----------------------------------------------------------------

def test_04_group_sizes_and_worked_example():
    nb = lesson("04-december-to-january.ipynb")
    nb.says("December: 3 articles, 1,017 word tokens; January: 2 articles, 808")
    groups = nb.table('articles.summarize("tokens", count, sum).by("period")', whole=True)
    assert groups.row(period="2021-12") == {"period": "2021-12", "Count [tokens]": "3", "Sum [tokens]": "1017"}
    assert groups.row(period="2022-01") == {"period": "2022-01", "Count [tokens]": "2", "Sum [tokens]": "808"}
    nb.says("a = 10, b = 2, c = d = 1,000 gives G² = 5.8221 and Log Ratio = 2.3219")
    shown = [round(float(x), 4) for x in re.findall(r"[\d.]+", nb.text("G2Form.TWO_TERM.g2(10, 2, 1000, 1000)"))]
    assert shown == [5.8221, 2.3219]


KEYNESS = 'Comparison keyness = decemberVsJanuary.run();'


@pytest.mark.parametrize("code,four_term", [
    (KEYNESS, False),
    ('decemberVsJanuary.minDocumentFrequency(3).run()', False),
    ('decemberVsJanuary.form(G2Form.FOUR_TERM).run()', True),
])
def test_04_keyness_tables_follow_the_formulas(code, four_term):
    table = lesson("04-december-to-january.ipynb").table(code)
    c, d = group_sizes(table.caption)
    assert (c, d) == (1017, 808)
    assert ("4-term" in table.caption) == four_term
    for r in table.rows:
        a, b = int(r["a"]), int(r["b"])
        assert float(r["g2"]) == pytest.approx(g2(a, b, c, d, four_term), abs=6e-5), r
        assert float(r["log_ratio"]) == pytest.approx(log_ratio(a, b, c, d), abs=6e-5), r
        assert float(r["per_1000_a"]) == pytest.approx(1000 * a / c, abs=6e-5)


def test_04_key_words_and_their_document_frequencies():
    nb = lesson("04-december-to-january.ipynb")
    keyness = nb.table(KEYNESS)
    nb.says("January's key words — *bertemu* (met), *Jenewa* (Geneva), *Prancis* (France), *Jerman* (Germany), "
            "*Kiev*, *krisis* — each occur in both January articles",
            "December's — *Eropa* (Europe), *keamanan* (security) — are spread over all three December articles",
            "like *kecil* (small")
    for term in ("bertemu", "jenewa", "prancis", "jerman", "kiev", "krisis"):
        row = keyness.row(term=term)
        assert row["direction"] == "2022-01" and row["df_b"] == "2" and float(row["g2"]) >= 3.84, row
    for term in ("eropa", "keamanan"):
        row = keyness.row(term=term)
        assert row["direction"] == "2021-12" and row["df_a"] == "3" and float(row["g2"]) >= 3.84, row
    assert keyness.row(term="kecil")["df_b"] == "1"
    nb.says("*Eropa* and *keamanan* lead December, *bertemu* and the January place names lead January")
    december = [r["term"] for r in keyness.rows if r["direction"] == "2021-12"]
    assert december[:2] == ["eropa", "keamanan"]
    assert keyness.rows[0]["term"] == "bertemu"


def test_04_log_odds_shown_with_its_prior():
    nb = lesson("04-december-to-january.ipynb")
    table = nb.table('Comparison logOdds = LogOdds.compare(terms, articles')
    nb.says("α₀ is 1,159: stopwords are not counted, and 1,159 of the 1,825 word tokens are not stopwords")
    alpha0 = re.search(r"α0 = (\d+)", table.caption)
    assert alpha0 and int(alpha0.group(1)) == 1159
    c, d = group_sizes(table.caption)
    assert c + d == 1825
    for r in table.rows:
        a, b, alpha = int(r["a"]), int(r["b"]), float(r["alpha"])
        assert alpha == a + b  # the default prior: each word's pooled count
        delta, z = log_odds(a, b, c, d, alpha, 1159)
        assert float(r["delta"]) == pytest.approx(delta, abs=6e-5) and float(r["z"]) == pytest.approx(z, abs=6e-5), r
    # Ranked by z: the first and last rows shown are the extremes, so "no word" covers the hidden rows too.
    nb.says("no word reaches |z| = 1.96 — the largest are *Eropa* (z = 1.2737) and *bertemu* (z = −1.4550)")
    zs = [float(z) for z in table.column("z")]
    assert zs == sorted(zs, reverse=True)
    assert (table.rows[0]["term"], table.rows[0]["z"]) == ("eropa", "1.2737")
    assert (table.rows[-1]["term"], table.rows[-1]["z"]) == ("bertemu", "-1.4550")
    assert max(abs(z) for z in zs) < 1.96


def test_04_key_actors():
    nb = lesson("04-december-to-january.ipynb")
    actors = nb.table("Table keyActors = Keyness.compare(mentions.perArticle()", whole=True)
    nb.says("Six actors pass p < 0.05")
    passing = [r for r in actors.rows if float(r["g2"]) >= 3.84]
    assert len(passing) == 6
    for actor in ("France", "Germany", "Geneva"):
        assert actors.row(actor=actor)["df_b"] == "2"
    assert actors.row(actor="Europe")["df_a"] == "3"
    assert actors.row(actor="Karen Donfried")["df_a"] == "2"
    assert (actors.row(actor="Joe Biden")["b"], actors.row(actor="Joe Biden")["df_b"]) == ("5", "1")
    nb.says("The cast of states — Russia, Ukraine, the United States, NATO — is stable, with G² near zero")
    for state in ("Russia", "Ukraine", "United States", "NATO"):
        assert float(actors.row(actor=state)["g2"]) < 1


def test_04_themes():
    nb = lesson("04-december-to-january.ipynb")
    themes = nb.table("Table themes = Themes.standard().perPeriod(tokens);", whole=True)
    rate = lambda p, f: round(themes.number("per_1000", period=p, family=f), 1)  # noqa: E731
    nb.says("The talks/diplomacy family rises from 27.5 to 35.9 per 1,000 tokens, and security guarantees/NATO "
            "expansion from 6.9 to 12.4; military/threat stays high in both (28.5 → 26.0)",
            "Both January articles use talks vocabulary (`df` = 2 of 2)")
    assert (rate("2021-12", "talks/diplomacy"), rate("2022-01", "talks/diplomacy")) == (27.5, 35.9)
    assert (rate("2021-12", "guarantees/expansion"), rate("2022-01", "guarantees/expansion")) == (6.9, 12.4)
    assert (rate("2021-12", "military/threat"), rate("2022-01", "military/threat")) == (28.5, 26.0)
    assert themes.row(period="2022-01", family="talks/diplomacy")["df"] == "2"


def test_04_dates_mentioned():
    nb = lesson("04-december-to-january.ipynb")
    dates = nb.table('DateMentions.of(articles).selectColumns(', whole=True)
    kompas = dates.rows_where(id="001_033e7a7d67a195c4", basis="forward")
    nb.says("Kompas TV names 10, 12 and 13 January before they happen")
    assert sorted(r["date"] for r in kompas) == ["2022-01-10", "2022-01-12", "2022-01-13"]
    nb.says("Kompas TV's second \"12 Januari\"", "so it is classed `event`")
    assert dates.rows_where(id="001_033e7a7d67a195c4", basis="event", date="2022-01-12")
    nb.says("the VOA caption's \"21 Desember 2021\" and SINDOnews' caption and body both appear")
    assert dates.row(id="000_5846704a53bdb84e", surface="21 Desember 2021")["basis"] == "event"
    assert len(dates.rows_where(id="003_8f6edb80083b182d", surface="Jumat (21/1/2022)")) == 2


def test_04_conclusion_agrees_with_notebook_02():
    lesson("04-december-to-january.ipynb").says(
        "the most quoted voices change from Karen Donfried and Sergey Lavrov, who announced the talks, "
        "to Antony Blinken and Joe Biden")
    voices = lesson("02-actors.ipynb").table("HtmlTable.of(voices).allRows()", whole=True)
    assert [r["speaker"] for r in voices.rows_where(period="2021-12")[:2]] == ["Karen Donfried", "Sergey Lavrov"]
    assert [r["speaker"] for r in voices.rows_where(period="2022-01")[:2]] == ["Antony Blinken", "Joe Biden"]


def test_04_solutions():
    nb = solution("04-december-to-january-solutions.ipynb")
    key = nb.table("HtmlTable.of(key.significant().table())", whole=True)
    nb.says("*harap* (\"hope\") becomes key for January (1 against 6, G² = 5.21)",
            "*berharap* alone (1 against 4) was not key (G² = 2.68 in the lesson's second table)")
    harap = key.row(term="harap")
    assert (harap["a"], harap["b"], round(float(harap["g2"]), 2)) == ("1", "6", 5.21)
    second = lesson("04-december-to-january.ipynb").table("decemberVsJanuary.minDocumentFrequency(3).run()")
    berharap = second.row(term="berharap")
    assert (berharap["a"], berharap["b"], round(float(berharap["g2"]), 2)) == ("1", "4", 2.68)
    nb.says("3 times in December and once in January: not key")
    forms = nb.table('forms.countBy("stem", "norm", "period")', whole=True)
    unding = [r for r in forms.rows if r["stem"] == "unding"]
    assert sum(int(r["Count"]) for r in unding if r["period"] == "2021-12") == 3
    assert sum(int(r["Count"]) for r in unding if r["period"] == "2022-01") == 1
    assert not key.rows_where(term="unding")
    rates = nb.table('rates.where(rates.stringColumn("family").isEqualTo("europe"))', whole=True)
    nb.says("The family counts 17 matches in December (16.7 per 1,000 tokens, all three articles) and 10 in "
            "January (12.4, both articles)")
    assert [(r["count"], round(float(r["per_1000"]), 1), r["df"]) for r in rates.rows] == [("17", 16.7, "3"), ("10", 12.4, "2")]


# --- 05 · Your own corpus ---------------------------------------------------------------------

def test_05_stopword_change_shows():
    nb = lesson("05-your-own-corpus.ipynb")
    before = nb.table('before.where(before.stringColumn("term").isIn(changed))', whole=True)
    after = nb.table('words.where(words.stringColumn("term").isIn(changed))', whole=True)
    nb.says("None of the four words is in the top ten",
            "after: only *kata* is (6 times in December, 4 in January)")
    top = nb.table("Table words = Terms.unigrams().perPeriod(tokens);")
    assert not {"juru", "bicara", "menteri", "kata"} & set(top.column("term")[:10])
    assert set(before.column("term")) == {"juru", "bicara", "menteri"}
    assert [(r["term"], r["period"], r["count"]) for r in after.rows] == [("kata", "2021-12", "6"), ("kata", "2022-01", "4")]


def test_05_word_and_actor_counts_of_russia():
    nb = lesson("05-your-own-corpus.ipynb")
    nb.says('the *word* "Rusia" counts 36 in December, the *actor* Russia 31')
    words = nb.table("Table words = Terms.unigrams().perPeriod(tokens);")
    assert (words.rows[0]["term"], words.rows[0]["period"], words.rows[0]["count"]) == ("rusia", "2021-12", "36")
    exported = nb.table('Table.read().csv(exports.resolve("actors-per-period.csv").toString()).first(5)', whole=True)
    assert exported.row(period="2021-12", actor="Russia")["mentions"] == "31"


# --- the parser itself ------------------------------------------------------------------------

def test_parse_table_reads_caption_header_rows_and_the_hidden_count():
    markup = ('<div><table><caption>t · 20 rows × 2 columns</caption><thead><tr><th>a</th><th>n</th></tr></thead>'
              '<tbody><tr><td>x &amp; y</td><td>1</td></tr><tr><td colspan="2">… 18 rows not shown …</td></tr>'
              '<tr><td>z</td><td>20</td></tr></tbody></table></div>')
    shown = parse_table(markup)
    assert shown.caption == "t" and shown.columns == ["a", "n"]
    assert shown.rows == [{"a": "x & y", "n": "1"}, {"a": "z", "n": "20"}]
    assert shown.hidden == 18


def test_a_changed_prose_number_fails(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("December has 36 words.")]
    path = tmp_path / "x.ipynb"
    nbformat.write(nb, path)
    Lesson(path).says("December has 36 words.")
    with pytest.raises(AssertionError, match="no longer says"):
        Lesson(path).says("December has 37 words.")
