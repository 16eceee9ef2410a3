"""The rendered pages and JupyterLab in a real browser (headless Debian Chromium, driven by the
Node scripts in tests/browser/ with playwright-core).

- Pages: every page the session's fresh render produced (the `executed` fixture: lessons and solutions) opens from a
  file:// URL with all images loaded, embedded and described (alt text), the HTML tables its notebook displayed, no
  console or page errors, and no request leaving the machine; a full-page screenshot of each is
  saved to build/screenshots/NAME.png.
- Hostile text: the notebooks also run on a corpus whose article (and file name) holds
  `<script>alert(1)</script>`, `<img src=x onerror=alert(1)>`, `{{7*7}}` and `$x$`; on those pages
  no dialog opens, no script or handler comes from the article, and every hostile string a
  notebook shows reads literally (screenshots: build/screenshots/NAME.hostile.png).
- Interactive use: JupyterLab from the project venv on a loopback port with a token; a notebook
  is opened and run from Lab's menus; its first chart and its tables appear; the server is always
  shut down and the notebook file is left unchanged (autosave off, nothing saved).

All pages are checked by one Chromium launch. Needs node, tests/browser/node_modules (npm ci) and
/usr/bin/chromium (or KABAR_CHROMIUM); `./kabar test` installs them.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

import notebooks

ROOT = Path(__file__).resolve().parent.parent
BROWSER = ROOT / "tests" / "browser"
SCREENSHOTS = ROOT / "build" / "screenshots"
VENV = ROOT / ".venv"
CHROMIUM = os.environ.get("KABAR_CHROMIUM", "/usr/bin/chromium")
NAMES = [p.stem for p in notebooks.notebook_paths()]
SOLUTION_NAMES = [p.stem for p in notebooks.solution_paths()]

# The hostile strings; tests/browser/check-pages.mjs holds the same list.
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "$x$"]
# A file name may not hold "/", so it carries the strings that have none.
HOSTILE_FILE = "005_<img src=x onerror=alert(1)> {{7*7}} $x$.txt"

PAGES_TIMEOUT_S = 60
LAB_START_S = 20
LAB_CHECK_S = 140      # the Node script gives up after 130 s
LAB_STOP_S = 15


def browser_missing() -> str | None:
    if not shutil.which("node"):
        return "node is not installed (Debian: apt-get install nodejs npm)"
    if not (BROWSER / "node_modules" / "playwright-core").is_dir():
        return "tests/browser/node_modules is missing (run: cd tests/browser && npm ci)"
    if not os.access(CHROMIUM, os.X_OK):
        return f"no Chromium at {CHROMIUM} (Debian/Ubuntu: apt-get install chromium; or set KABAR_CHROMIUM)"
    return None


@pytest.fixture(scope="session")
def browser_ready():
    missing = browser_missing()
    if missing:
        pytest.fail(f"browser checks cannot run: {missing}; `./kabar test` installs what they need", pytrace=False)


def run_node(script: str, args: list[str], timeout: float) -> subprocess.CompletedProcess:
    """Runs a check script; on timeout kills its whole process group (node and its Chromium)."""
    process = subprocess.Popen(["node", script, *args], cwd=BROWSER, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        pytest.fail(f"{script} did not finish within {timeout:.0f} s:\n{out}{err}", pytrace=False)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


class BrowserSummary:
    """Prints the per-page lines of the browser checks in pytest's terminal summary."""

    def __init__(self):
        self.lines: list[str] = []

    def pytest_terminal_summary(self, terminalreporter):
        if self.lines:
            terminalreporter.section("browser checks")
            for line in self.lines:
                terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def summary(request) -> BrowserSummary:
    plugin = BrowserSummary()
    request.config.pluginmanager.register(plugin, "kabar-browser-summary")
    return plugin


# --- the hostile corpus -----------------------------------------------------------------------

def hostile_article() -> str:
    """A seed article with the hostile strings in its headline and its body."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    headline, _, body = seed.partition("\n")
    payload = " ".join(HOSTILE)
    paragraphs = body.strip("\n").split("\n\n")
    inserted = f"Rusia dan AS menulis {payload} di Washington, kata diplomat itu."
    paragraphs.insert(min(1, len(paragraphs)), inserted)
    # First in the headline, so a table that shortens long text still shows all of it.
    return f"{payload} {headline.strip()}\n\n" + "\n\n".join(paragraphs) + f"\n\nCatatan: {payload}\n"


def make_hostile_corpus(folder: Path) -> Path:
    """The seed articles plus one hostile article, under a hostile file name."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in (ROOT / "seeds").iterdir():
        if seed.is_file():
            shutil.copy2(seed, folder / seed.name)
    (folder / HOSTILE_FILE).write_text(hostile_article(), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def hostile_executed(tmp_path_factory, summary):
    """name -> (freshly executed copy, rendered page, outcome), all on the hostile corpus."""
    base = tmp_path_factory.mktemp("hostile")
    corpus = make_hostile_corpus(base / "corpus")
    out = base / "out"
    env = {"KABAR_CORPUS": str(corpus), "KABAR_FIGURES": str(out / "figures")}
    jobs = [(str(p), str(out / p.name), str(out / "rendered" / (p.stem + ".html")), env)
            for p in notebooks.notebook_paths()]
    started = time.monotonic()
    outcomes = notebooks.run_all(jobs, workers=2)
    summary.lines.append(f"(notebooks executed on the hostile corpus: {time.monotonic() - started:.1f} s)")
    return {Path(src).stem: (Path(nb), Path(page), o) for (src, nb, page, _), o in zip(jobs, outcomes)}


# --- all pages, one browser -------------------------------------------------------------------

SELFTEST_NOTEBOOK = {
    "cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "source": "",
               "outputs": [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
                            "data": {"text/html": "<table><tr><td>1</td></tr></table>", "text/plain": "t"}}]}],
    "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
}

SELFTEST_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title></head><body>
<p>A page with everything the checker must catch.</p>
<img src="missing.png" alt="a chart that is not there">
<img src=x onerror=alert(1)>
<img src="data:image/png;base64,iVBORw0KGgo=" alt="">
<script>console.error("boom"); fetch("https://example.org/kabar-must-not-leave");</script>
</body></html>
"""


@pytest.fixture(scope="session")
def page_results(browser_ready, executed, hostile_executed, summary, tmp_path_factory):
    """Runs tests/browser/check-pages.mjs once over every page; (name, hostile) -> result."""
    selftest = tmp_path_factory.mktemp("browser-selftest")
    (selftest / "rendered").mkdir()
    (selftest / "rendered" / "broken.html").write_text(SELFTEST_PAGE, encoding="utf-8")
    (selftest / "broken.ipynb").write_text(json.dumps(SELFTEST_NOTEBOOK), encoding="utf-8")

    pages = [str(page) for _, _, page, o in executed.values() if o.error is None and page.is_file()]
    hostile = [str(page) for _, page, o in hostile_executed.values() if o.error is None and page.is_file()]
    out = selftest / "results.json"
    args = ["--json", str(out), "--screenshots", str(SCREENSHOTS), *pages, "--hostile", *hostile,
            "--screenshots", str(selftest), str(selftest / "rendered" / "broken.html")]
    started = time.monotonic()
    done = run_node("check-pages.mjs", args, PAGES_TIMEOUT_S + 15 * (len(pages) + len(hostile)))
    if done.returncode not in (0, 1) or not out.is_file():
        pytest.fail(f"check-pages.mjs failed (exit {done.returncode}):\n{done.stdout}{done.stderr}", pytrace=False)
    results = json.loads(out.read_text(encoding="utf-8"))
    keyed = {(r["name"], "selftest" if r["page"].startswith(str(selftest)) else r["hostile"]): r for r in results}
    summary.lines += [report_line(r) for key, r in keyed.items() if key[1] != "selftest"]
    summary.lines.append(f"({len(results)} pages, one Chromium: {time.monotonic() - started:.1f} s; "
                         f"screenshots in {SCREENSHOTS.relative_to(ROOT)}/)")
    return keyed


def report_line(r: dict) -> str:
    line = (f"{'FAIL' if r['failures'] else 'ok  '} {r['name']}{' (hostile corpus)' if r['hostile'] else ''}: "
            f"images {r['images_loaded']}/{r['images']} loaded, tables {r['tables']} "
            f"(notebook {r['expected_tables']}), console errors {len(r['console_errors']) + len(r['page_errors'])}")
    if r["hostile"]:
        line += f", hostile strings shown literally {len(r['hostile_shown'])}/{len(r['hostile_in_outputs'])}"
    return line


def describe(result: dict) -> str:
    return f"{result['page']}:\n  " + "\n  ".join(result["failures"])


@pytest.mark.parametrize("name", NAMES + SOLUTION_NAMES)
def test_page_in_the_browser(executed, page_results, name):
    _, _, page, outcome = executed[name + ".ipynb"]
    if outcome.error:
        pytest.skip("the notebook failed; see test_notebook_runs_without_error")
    result = page_results[(name, False)]
    assert not result["failures"], describe(result)
    assert result["screenshot"] and Path(result["screenshot"]).is_file()


@pytest.mark.parametrize("name", NAMES)
def test_hostile_corpus_page_in_the_browser(hostile_executed, page_results, name):
    _, _, outcome = hostile_executed[name]
    assert outcome.error is None, f"{name} failed on a corpus with hostile text, at {outcome.error}"
    result = page_results[(name, True)]
    assert not result["failures"], describe(result)


def shown_by_notebooks(hostile_executed, needle: str) -> list[str]:
    """Names of the notebooks whose outputs show `needle` to a reader: in the text of an HTML
    output (not in attributes such as a shortened cell's tooltip), else in its plain text."""
    from bs4 import BeautifulSoup

    names = []
    for name, (nb_path, _, outcome) in hostile_executed.items():
        if outcome.error is not None:
            continue
        texts = []
        for cell in nbformat.read(nb_path, as_version=4).cells:
            for out in cell.get("outputs", []):
                texts.append(out.get("text", ""))
                data = {m: "".join(v) if isinstance(v, list) else v for m, v in out.get("data", {}).items()}
                if "text/html" in data:
                    texts.append(BeautifulSoup(data["text/html"], "html.parser").get_text())
                else:
                    texts.append(data.get("text/plain", ""))
        if any(needle in t for t in texts):
            names.append(name)
    return names


@pytest.mark.parametrize("needle", HOSTILE)
def test_hostile_text_reads_literally_in_the_browser(hostile_executed, page_results, needle):
    showing = shown_by_notebooks(hostile_executed, needle)
    if not showing:
        pytest.skip(f"no notebook shows {needle!r} from the hostile article yet")
    for name in showing:
        result = page_results[(name, True)]
        assert needle in result["hostile_shown"], f"{name}: {needle!r} is not visible as text on the page"
        assert not result["dialogs"] and not result["injected"], describe(result)


def test_the_checker_catches_a_broken_page(page_results):
    """The page checks can fail: a missing image, a console error, a request out, an injected handler."""
    failures = "\n".join(page_results[("broken", "selftest")]["failures"])
    for expected in ["3 of 3 images did not load", "images without alt text: 2", "images not embedded", "HTML tables", "console errors",
                     "requests leaving the machine: https://example.org/", "dialogs opened",
                     "markup from article text became live"]:
        assert expected in failures, f"the checker missed {expected!r}; it reported:\n{failures}"


def test_hostile_article_holds_every_string():
    text = hostile_article()
    headline, _, body = text.partition("\n")
    assert all(h in headline and h in body for h in HOSTILE)


# --- JupyterLab, interactively -----------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jupyter_env(figures: Path) -> dict[str, str]:
    """The runner's Jupyter variables (see `kabar`), and figures written outside the work tree."""
    env = dict(os.environ)
    env.update({
        "JUPYTER_CONFIG_DIR": str(VENV / "etc" / "kabar-jupyter"),
        "JUPYTER_DATA_DIR": str(VENV / "share" / "kabar-jupyter"),
        "JUPYTER_PATH": str(VENV / "share" / "kabar-jupyter"),
        "JUPYTER_RUNTIME_DIR": str(VENV / "share" / "kabar-jupyter" / "runtime"),
        "JUPYTER_PLATFORM_DIRS": "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "KABAR_FIGURES": str(figures),
    })
    return env


def lab_settings(folder: Path) -> Path:
    """User settings for this one server: no autosave (nothing is ever saved), no news fetching."""
    for plugin, settings in {
        "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
        "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
    }.items():
        path = folder / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings), encoding="utf-8")
    return folder


def stop_lab(server: subprocess.Popen, base: str, token: str) -> None:
    """Shuts the server and its kernels down: the REST shutdown, then signals to what is left."""
    import psutil

    try:
        family = [psutil.Process(server.pid), *psutil.Process(server.pid).children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    try:
        request = urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST", data=b"")
        urllib.request.urlopen(request, timeout=5).close()
    except OSError:
        pass
    try:
        server.wait(timeout=LAB_STOP_S)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGTERM)
    _, alive = psutil.wait_procs(family, timeout=5)
    for process in alive:
        process.kill()
    if server.poll() is None:
        server.kill()
        server.wait(timeout=5)


def output_counts(nb_path: Path) -> tuple[int, int]:
    """(image outputs, HTML tables) of an executed notebook."""
    images = tables = 0
    for cell in nbformat.read(nb_path, as_version=4).cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            images += any(m.startswith("image/") for m in data)
            value = data.get("text/html", "")
            tables += ("".join(value) if isinstance(value, list) else value).count("<table")
    return images, tables


def test_jupyterlab_runs_a_notebook_in_the_browser(browser_ready, executed, summary, tmp_path):
    ran = [(name, nb) for name, (_, nb, _, o) in sorted(executed.items()) if o.error is None]
    if not ran:
        pytest.skip("no notebook ran headless; see test_notebook_runs_without_error")
    # The first notebook with a chart and a table; else the first notebook.
    name, nb = next(((n, p) for n, p in ran if all(output_counts(p))), ran[0])
    images, tables = output_counts(nb)
    committed = notebooks.NOTEBOOKS / name
    before = hashlib.sha256(committed.read_bytes()).hexdigest()

    port, token = free_port(), secrets.token_hex(24)
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "jupyterlab.log"
    command = [str(VENV / "bin" / "jupyter"), "lab", "--no-browser",
               "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
               f"--IdentityProvider.token={token}", f"--notebook-dir={notebooks.NOTEBOOKS}",
               f"--LabApp.user_settings_dir={lab_settings(tmp_path / 'settings')}",
               f"--LabApp.workspaces_dir={tmp_path / 'workspaces'}",
               f"--FileCheckpoints.checkpoint_dir={tmp_path / 'checkpoints'}",
               "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
               "--LabApp.extension_manager=readonly"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    started = time.monotonic()
    with open(log, "wb") as log_file:
        server = subprocess.Popen(command, cwd=notebooks.NOTEBOOKS, env=jupyter_env(tmp_path / "figures"),
                                  stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + LAB_START_S
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not start within {LAB_START_S} s:\n"
                                + log.read_text(errors="replace")[-2000:], pytrace=False)
                time.sleep(0.25)
        screenshot = SCREENSHOTS / f"lab-{Path(name).stem}.png"
        result_file = tmp_path / "lab.json"
        done = run_node("check-lab.mjs", ["--url", base, "--token", token, "--notebook", name,
                                          "--images", str(images), "--tables", str(tables),
                                          "--screenshot", str(screenshot), "--json", str(result_file)],
                        LAB_CHECK_S)
    finally:
        stop_lab(server, base, token)
    seconds = time.monotonic() - started
    summary.lines += done.stdout.splitlines()
    summary.lines.append(f"(JupyterLab check with server start and shutdown: {seconds:.1f} s)")
    assert done.returncode == 0, f"{done.stdout}{done.stderr}\nserver log: {log}"
    after = hashlib.sha256(committed.read_bytes()).hexdigest()
    assert after == before, f"{committed} changed while it was open in JupyterLab"
    assert seconds < 180, f"the JupyterLab check took {seconds:.0f} s"
