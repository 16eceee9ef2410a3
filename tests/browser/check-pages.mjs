// Opens Kabar's rendered pages in headless Chromium, one browser for all of them, and checks what
// a reader sees: every image loaded and embedded, the tables the notebook displayed are there,
// no console errors, no page errors, no request leaving the machine. Saves a full-page
// screenshot per page. Pages given after --hostile were rendered on a corpus with hostile text
// and are also checked for it: no dialog, no injected script or handler, the text shown literally.
//
//   node check-pages.mjs [--json FILE] [--screenshots DIR] PAGE.html ... [--hostile PAGE.html ...]
//
// --screenshots and --hostile apply to the pages after them (--screenshots may be given again).
//
// Expectations come from the executed notebook beside the page's folder (OUT/NAME.ipynb for
// OUT/rendered/NAME.html, the layout `tools/notebooks.py render` writes): how many images and
// HTML tables its outputs hold. Prints one line per page; exit status 0 when every page passes,
// 1 when one fails, 2 for a usage or browser error. --json writes the full results.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, isExternal, within } from './browser.mjs';

// The hostile strings of the test corpus; each must read literally wherever a notebook shows it.
export const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{7*7}}', '$x$'];

const PAGE_TIMEOUT_MS = 30_000;
const CONCURRENT_PAGES = Math.max(1, Number(process.env.KABAR_BROWSER_PAGES) || 2);

function parseArgs(argv) {
  const opts = { json: null, pages: [] };
  let hostile = false;
  let screenshots = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshots') screenshots = resolve(argv[++i]);
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--hostile') hostile = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.pages.push({ path: resolve(a), hostile, screenshots });
  }
  if (!opts.pages.length) throw new Error('no pages given');
  return opts;
}

/** What the executed notebook displayed: image outputs, HTML tables, and the text of all outputs. */
function expectations(page) {
  const name = basename(page, '.html');
  const notebook = join(dirname(dirname(page)), `${name}.ipynb`);
  const out = { notebook: existsSync(notebook) ? notebook : null, images: 0, tables: 0, texts: [] };
  if (!out.notebook) return out;
  const nb = JSON.parse(readFileSync(notebook, 'utf8'));
  const join_ = (v) => (Array.isArray(v) ? v.join('') : String(v ?? ''));
  for (const cell of nb.cells ?? []) {
    for (const o of cell.outputs ?? []) {
      if (o.output_type === 'stream') out.texts.push(join_(o.text));
      const data = o.data ?? {};
      if (Object.keys(data).some((m) => m.startsWith('image/'))) out.images += 1;
      if (data['text/html']) {
        const html = join_(data['text/html']);
        out.tables += (html.match(/<table[\s>]/gi) ?? []).length;
        out.texts.push(htmlText(html));
      } else if (data['text/plain']) {
        out.texts.push(join_(data['text/plain']));
      }
    }
  }
  return out;
}

/**
 * The text an HTML output shows: tags (with their attributes, such as a shortened cell's
 * tooltip) dropped, entities decoded. Markup injected raw is dropped too; the injection checks
 * catch that.
 */
function htmlText(s) {
  return s.replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

async function checkPage(browser, { path, hostile, screenshots }) {
  const name = basename(path, '.html');
  const expected = expectations(path);
  const result = {
    page: path, name, hostile, notebook: expected.notebook,
    expected_images: expected.images, expected_tables: expected.tables,
    images: 0, images_loaded: 0, images_not_embedded: [], images_without_alt: 0, tables: 0, kabar_tables: 0,
    console_errors: [], page_errors: [], external_requests: [], failed_requests: [],
    dialogs: [], hostile_shown: [], hostile_in_outputs: [], injected: [],
    screenshot: null, seconds: 0, failures: [],
  };
  const started = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  // Pages are self-contained: anything that would leave the machine is recorded and blocked.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isExternal(url)) {
      result.external_requests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (isExternal(r.url()) && !result.external_requests.includes(r.url())) result.external_requests.push(r.url());
  });
  page.on('websocket', (ws) => result.external_requests.push(ws.url()));
  page.on('requestfailed', (r) => {
    if (!isExternal(r.url())) result.failed_requests.push(`${r.url().slice(0, 120)}: ${r.failure()?.errorText}`);
  });
  page.on('console', (m) => { if (m.type() === 'error') result.console_errors.push(m.text()); });
  page.on('pageerror', (e) => result.page_errors.push(String(e.message ?? e)));
  page.on('dialog', (d) => { result.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  try {
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    // Images decode after "load" in some cases; wait (bounded) until every one is complete.
    await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 10_000 })
      .catch(() => {});
    const seen = await page.evaluate((hostileStrings) => {
      const imgs = [...document.images];
      const scripts = [...document.scripts];
      const text = document.body ? document.body.innerText : '';
      return {
        images: imgs.length,
        loaded: imgs.filter((i) => i.complete && i.naturalWidth > 0 && i.naturalHeight > 0).length,
        notEmbedded: imgs.filter((i) => !i.src.startsWith('data:')).map((i) => i.src.slice(0, 120)),
        // Every chart needs alt text (its title and what it shows) for screen readers and search.
        noAlt: imgs.filter((i) => !(i.getAttribute('alt') ?? '').trim()).length,
        tables: document.querySelectorAll('.jp-OutputArea-output table').length,
        kabarTables: document.querySelectorAll('.jp-OutputArea-output .mathjax_ignore > table > caption').length,
        // Injection: a script or an inline handler carrying the hostile payload.
        injected: [
          ...scripts.filter((s) => /alert\(1\)/.test(s.textContent) || (s.src && !s.src.startsWith('data:')))
            .map((s) => `script: ${(s.src || s.textContent).slice(0, 80)}`),
          ...[...document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]')]
            .filter((el) => el !== document.body)
            .map((el) => `${el.tagName.toLowerCase()} with handler: ${el.outerHTML.slice(0, 80)}`),
          ...imgs.filter((i) => i.getAttribute('src') === 'x').map(() => 'img src=x from article text'),
        ],
        shown: hostileStrings.filter((h) => text.includes(h)),
      };
    }, HOSTILE);
    Object.assign(result, {
      images: seen.images, images_loaded: seen.loaded, images_not_embedded: seen.notEmbedded, images_without_alt: seen.noAlt,
      tables: seen.tables, kabar_tables: seen.kabarTables, injected: seen.injected, hostile_shown: seen.shown,
    });
    if (screenshots) {
      mkdirSync(screenshots, { recursive: true });
      result.screenshot = join(screenshots, `${name}${hostile ? '.hostile' : ''}.png`);
      await page.screenshot({ path: result.screenshot, fullPage: true, timeout: PAGE_TIMEOUT_MS });
    }
  } catch (e) {
    result.failures.push(`could not check the page: ${String(e.message ?? e).split('\n')[0]}`);
  } finally {
    await context.close().catch(() => {});
  }

  const f = result.failures;
  if (result.images_loaded < result.images) f.push(`${result.images - result.images_loaded} of ${result.images} images did not load`);
  if (result.images_not_embedded.length) f.push(`images not embedded: ${result.images_not_embedded.join(', ')}`);
  if (result.images_without_alt) f.push(`images without alt text: ${result.images_without_alt}`);
  if (result.images < expected.images) f.push(`the notebook shows ${expected.images} images, the page ${result.images}`);
  if (result.tables < expected.tables) f.push(`the notebook shows ${expected.tables} HTML tables, the page ${result.tables}`);
  if (result.console_errors.length) f.push(`console errors: ${result.console_errors.join(' | ')}`);
  if (result.page_errors.length) f.push(`page errors: ${result.page_errors.join(' | ')}`);
  if (result.external_requests.length) f.push(`requests leaving the machine: ${result.external_requests.join(', ')}`);
  if (result.failed_requests.length) f.push(`failed requests: ${result.failed_requests.join(', ')}`);
  if (result.dialogs.length) f.push(`dialogs opened: ${result.dialogs.join(' | ')}`);
  if (result.injected.length) f.push(`markup from article text became live: ${result.injected.join(' | ')}`);
  if (hostile) {
    // Every hostile string a notebook output holds (as text, or escaped in HTML) must read literally.
    const outputs = expected.texts.join('\n');
    result.hostile_in_outputs = HOSTILE.filter((h) => outputs.includes(h));
    const missing = result.hostile_in_outputs.filter((h) => !result.hostile_shown.includes(h));
    if (missing.length) f.push(`hostile text not shown literally: ${missing.join('  ')}`);
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

async function main() {
  let opts;
  try { opts = parseArgs(process.argv.slice(2)); } catch (e) {
    console.error(`check-pages: ${e.message}`);
    return 2;
  }
  const started = Date.now();
  let browser;
  try { browser = await within(40_000, 'starting Chromium', launch()); } catch (e) {
    console.error(`check-pages: ${e.message.split('\n')[0]}`);
    return 2;
  }
  // A few pages at a time, each in its own browser context (a fresh profile state per page).
  const results = new Array(opts.pages.length);
  let next = 0;
  const worker = async () => {
    while (next < opts.pages.length) {
      const i = next++;
      results[i] = await within(90_000, opts.pages[i].path, checkPage(browser, opts.pages[i]));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_PAGES, opts.pages.length) }, worker));
  } finally {
    await browser.close().catch(() => {});
  }
  for (const r of results) {
    const hostile = r.hostile ? `, hostile text shown literally: ${r.hostile_shown.length}/${r.hostile_in_outputs.length} in outputs` : '';
    console.log(`${r.failures.length ? 'FAIL' : 'ok  '} ${r.name}${r.hostile ? ' (hostile corpus)' : ''}: ` +
      `images ${r.images_loaded}/${r.images} loaded, tables ${r.tables} (notebook: ${r.expected_tables}), ` +
      `console errors ${r.console_errors.length + r.page_errors.length}${hostile}, ${r.seconds.toFixed(1)} s`);
    for (const f of r.failures) console.log(`     ${f}`);
  }
  console.log(`checked ${results.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 2));
  return results.some((r) => r.failures.length) ? 1 : 0;
}

process.exitCode = await main();
