"""The figures notebook 03's prose states, checked against the notebook's own outputs.

test_notebooks.py keeps the committed outputs equal to a fresh run; this file keeps the sentences
equal to the outputs, so a library change that moves a number cannot leave a false sentence.
Each claim names a phrase of the markdown and the output cell (by its code) that must show it.
"""

from __future__ import annotations

import nbformat
import pytest

import notebooks

NOTEBOOK = notebooks.NOTEBOOKS / "03-terms.ipynb"


def load():
    return nbformat.read(NOTEBOOK, as_version=4)


def prose(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def output_of(nb, code_start: str) -> str:
    """The text/plain output of the one code cell whose source starts with code_start."""
    cells = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith(code_start)]
    assert len(cells) == 1, f"{len(cells)} code cells start with {code_start!r}"
    texts = []
    for out in cells[0].outputs:
        text = out.get("data", {}).get("text/plain") or out.get("text") or ""
        texts.append("".join(text) if isinstance(text, list) else text)
    return "\n".join(texts)


def rows(table_text: str) -> list[list[str]]:
    """The cells of a text/plain Tablesaw table, row by row (title, header and rule skipped)."""
    lines = [line for line in table_text.splitlines()[3:] if "|" in line]
    return [[cell.strip() for cell in line.split("|")[:-1]] for line in lines]


def value(table_text: str, key_column: int, key: str, column: int) -> str:
    matches = [row[column] for row in rows(table_text) if row[key_column] == key]
    assert len(matches) == 1, f"{len(matches)} rows with {key!r} in column {key_column}"
    return matches[0]


TOP = "TermTables.topByRoots("
# columns of the side-by-side table: rank, none, none_count, snowball, snowball_count, sastrawi, sastrawi_count
CLAIMS = [
    # (phrase in the prose, output cell, key column, key, value column, expected value)
    ("*pembicaraan* (talks, 13 as written)", TOP, 1, "pembicaraan", 2, "13"),
    ("under *bicara* (19) with either reducer", TOP, 3, "bicara", 4, "19"),
    ("under *bicara* (19) with either reducer", TOP, 5, "bicara", 6, "19"),
    ("*pertemuan* (meeting, 10)", TOP, 1, "pertemuan", 2, "10"),
    ("under *temu* with Sastrawi (15)", TOP, 5, "temu", 6, "15"),
    ("not with Snowball (*temu* 10;", TOP, 3, "temu", 4, "10"),
    ("*keamanan* (security, 17 as written) gives *aman* only 14 times", TOP, 1, "keamanan", 2, "17"),
    ("*keamanan* (security, 17 as written) gives *aman* only 14 times", TOP, 5, "aman", 6, "14"),
    ("*mengatakan → ata*", "TermTables.rootsOf(", 0, "mengatakan", 1, "ata"),
    ("*memiliki → pilik*", "TermTables.rootsOf(", 0, "memiliki", 1, "pilik"),
    ("*diplomatik → plomatik*", "TermTables.rootsOf(", 0, "diplomatik", 1, "plomatik"),
    ("leaves *bertemu* as *berte*", "TermTables.rootsOf(", 0, "bertemu", 1, "berte"),
    ("*pasukan → pasu*", "TermTables.rootsOf(", 0, "pasukan", 2, "pasu"),
    ("*menyetujui → tuju*", "TermTables.rootsOf(", 0, "menyetujui", 2, "tuju"),
    ("stays whole (*wartawan*", "TermTables.rootsOf(", 0, "wartawan", 2, "wartawan"),
    ("*Dimas*, first in its sentence, is taken for *di-* + *mas*", "Tokens example = ", 3, "Dimas", 2, "mas"),
    ("*pertahanan* (defence) in the text becomes *tahan*", "Tokens example = ", 3, "pertahanan", 2, "tahan"),
    ("*Pertahanan* inside the title is kept", "Tokens example = ", 3, "Pertahanan", 2, "pertahanan"),
]


@pytest.mark.parametrize("phrase, cell, key_column, key, column, expected", CLAIMS)
def test_a_stated_figure_is_what_the_output_shows(phrase, cell, key_column, key, column, expected):
    nb = load()
    assert phrase in prose(nb), f"the prose no longer says {phrase!r}: update this claim"
    assert value(output_of(nb, cell), key_column, key, column) == expected


def test_the_cleaned_articles_have_the_sentences_the_prose_counts():
    nb = load()
    assert "split by hand into 126 sentences" in prose(nb)
    assert output_of(nb, '"sentences in the cleaned articles: "').strip() == "sentences in the cleaned articles: 82"


def test_topic_phrases_occur_one_to_three_times_as_the_prose_says():
    nb = load()
    counts = {}
    for row in rows(output_of(nb, "bigrams.where(")):
        counts[row[1]] = counts.get(row[1], 0) + int(row[3])
    assert "One to three occurrences each" in prose(nb)
    assert counts and all(1 <= n <= 3 for n in counts.values()), counts


def test_the_top_word_pairs_are_the_names_the_prose_lists():
    nb = load()
    top = {row[1] for row in rows(output_of(nb, "Table bigrams = "))}
    for pair in ("amerika serikat", "menteri luar", "luar negeri", "presiden rusia", "rusia vladimir", "vladimir putin"):
        assert pair in top, pair


def test_kwic_by_root_finds_what_the_prose_says():
    nb = load()
    snowball = [row[5] for row in rows(output_of(nb, 'Kwic.of(tokens).window(6).root(Roots.snowball()'))]
    sastrawi = [row[5] for row in rows(output_of(nb, 'Kwic.of(tokens).window(6).root(Roots.sastrawi()'))]
    assert "berdialog" not in snowball and "berdialog" in sastrawi
    assert sorted(sastrawi) == sorted(snowball + ["berdialog", "Dialog"])  # the name, kept as written
    # "the *dialog* row shows the six written *dialog*": dialog or Dialog, six times
    assert sum(1 for node in sastrawi if node.lower() == "dialog") == 6
    assert "the six written *dialog*" in prose(nb)
