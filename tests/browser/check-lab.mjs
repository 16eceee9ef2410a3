// Interactive use, end to end: a notebook opened in JupyterLab (started by the caller on a
// loopback port) and run from Lab's own menus in headless Chromium, as a person would: Edit →
// Clear Outputs of All Cells, then Run → Run All Cells, then wait for the kernel to finish and for
// the fresh outputs (the first chart as a loaded image, the HTML tables). Never saves: the caller
// starts Lab with autosave off and checks the notebook file is unchanged.
//
//   node check-lab.mjs --url http://127.0.0.1:PORT --token TOKEN --notebook NAME.ipynb
//        [--images N] [--tables N] [--screenshot FILE.png] [--json FILE]
//
// --images/--tables: how many image outputs and HTML tables the notebook shows when executed
// (the caller knows from a fresh headless run). Exit status 0 pass, 1 fail, 2 usage error.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch, isExternal, within } from './browser.mjs';

const STEP_MS = 30_000;       // opening Lab, starting the kernel, each menu action
const RUN_MS = 120_000;       // running all cells
const TOTAL_MS = 170_000;     // the whole check (the caller's own limit is 3 minutes)

function parseArgs(argv) {
  const o = { images: 0, tables: 0 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (!['url', 'token', 'notebook', 'images', 'tables', 'screenshot', 'json'].includes(key)) {
      throw new Error(`unknown option ${argv[i]}`);
    }
    o[key] = argv[++i];
  }
  if (!o.url || !o.token || !o.notebook) throw new Error('--url, --token and --notebook are required');
  o.images = Number(o.images);
  o.tables = Number(o.tables);
  return o;
}

/** Clicks a top-level menu, then one of its items, by their visible labels. */
async function menu(page, top, item) {
  await page.locator('.lm-MenuBar-item', { hasText: new RegExp(`^${top}$`) }).click({ timeout: STEP_MS });
  await page.locator('.lm-Menu-item:visible', { hasText: item }).first().click({ timeout: STEP_MS });
}

/**
 * Watches the notebook's kernel websocket: `ready` resolves when the kernel has answered Lab's
 * kernel_info_request (Lab shows JJava's status as "Unknown" until the first execution, so the
 * status indicator cannot tell), and `requests`/`replies` count execute messages.
 */
function watchKernel(page) {
  const k = { requests: 0, replies: 0 };
  const type = (frame) => {
    const text = Buffer.isBuffer(frame.payload) ? frame.payload.toString('latin1') : String(frame.payload);
    return /"msg_type":\s*"(\w+)"/.exec(text)?.[1];
  };
  k.ready = new Promise((resolve) => {
    page.on('websocket', (ws) => {
      if (!ws.url().includes('/api/kernels/')) return;
      ws.on('framesent', (f) => { if (type(f) === 'execute_request') k.requests += 1; });
      ws.on('framereceived', (f) => {
        const t = type(f);
        if (t === 'kernel_info_reply') resolve();
        if (t === 'execute_reply') k.replies += 1;
      });
    });
  });
  return k;
}

async function check(browser, o, result) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  try {
    await steps(context, o, result);
  } catch (e) {
    // Keep a picture of where it stopped.
    const page = context.pages()[0];
    if (page && o.screenshot) await page.screenshot({ path: o.screenshot, timeout: 10_000 }).catch(() => {});
    throw e;
  } finally {
    await context.close().catch(() => {});
  }
}

async function steps(context, o, result) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isExternal(url, true)) {
      result.external_requests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') result.console_errors.push(m.text().slice(0, 300)); });
  page.on('pageerror', (e) => result.page_errors.push(String(e.message ?? e).slice(0, 300)));
  page.on('dialog', (d) => { result.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  const t0 = Date.now();
  const mark = (step) => result.steps.push(`${step} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const kernel = watchKernel(page);
  const url = `${o.url.replace(/\/$/, '')}/lab/tree/${encodeURIComponent(o.notebook)}?token=${o.token}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: STEP_MS });
  await page.locator('.jp-NotebookPanel:visible .jp-Notebook .jp-Cell').first().waitFor({ timeout: STEP_MS });
  mark('notebook open');
  await within(60_000, 'the kernel starting', kernel.ready);
  mark('kernel ready');

  await menu(page, 'Edit', 'Clear Outputs of All Cells');
  await page.waitForFunction(() => document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output').length === 0,
    null, { timeout: STEP_MS });
  mark('outputs cleared');

  await menu(page, 'Run', 'Run All Cells');
  mark('run all cells');
  // Done when the kernel has answered every execute request Lab sent and no prompt shows "[*]".
  const deadline = Date.now() + RUN_MS;
  for (;;) {
    const running = await page.locator('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt', { hasText: '*' }).count();
    if (kernel.requests > 0 && kernel.replies >= kernel.requests && running === 0) break;
    if (Date.now() > deadline) {
      throw new Error(`cells still running after ${RUN_MS / 1000} s (${kernel.replies} of ${kernel.requests} executions answered)`);
    }
    await page.waitForTimeout(250);
  }
  mark(`all cells ran (${kernel.replies} executions)`);
  if (o.images > 0) {
    await page.waitForFunction(() => [...document.querySelectorAll('.jp-OutputArea-output img')]
      .some((i) => i.complete && i.naturalWidth > 0 && i.naturalHeight > 0), null, { timeout: STEP_MS })
      .catch(() => {});
  }

  const seen = await page.evaluate(() => {
    const imgs = [...document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output img')];
    const first = imgs[0];
    if (first) first.scrollIntoView({ block: 'center' });
    return {
      cells: document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell').length,
      images: imgs.length,
      images_loaded: imgs.filter((i) => i.complete && i.naturalWidth > 0 && i.naturalHeight > 0).length,
      first_image: first ? `${first.naturalWidth}x${first.naturalHeight}` : null,
      tables: document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output table').length,
      errors: [...document.querySelectorAll('.jp-NotebookPanel [data-mime-type="application/vnd.jupyter.stderr"]')]
        .map((e) => e.textContent.trim().slice(0, 300)),
    };
  });
  Object.assign(result, seen);
  if (o.screenshot) {
    mkdirSync(dirname(o.screenshot), { recursive: true });
    await page.screenshot({ path: o.screenshot, timeout: STEP_MS });
    result.screenshot = o.screenshot;
  }
}

async function main() {
  let o;
  try { o = parseArgs(process.argv.slice(2)); } catch (e) {
    console.error(`check-lab: ${e.message}`);
    return 2;
  }
  const result = {
    notebook: o.notebook, expected_images: o.images, expected_tables: o.tables, steps: [],
    cells: 0, images: 0, images_loaded: 0, first_image: null, tables: 0, errors: [],
    console_errors: [], page_errors: [], dialogs: [], external_requests: [],
    screenshot: null, seconds: 0, failures: [],
  };
  const started = Date.now();
  let browser;
  try {
    browser = await within(40_000, 'starting Chromium', launch());
    await within(TOTAL_MS, 'the JupyterLab check', check(browser, o, result));
  } catch (e) {
    result.failures.push(`${String(e.message ?? e).split('\n')[0]} (after: ${result.steps.at(-1) ?? 'start'})`);
  } finally {
    if (browser) await browser.close().catch(() => {});
  }
  const f = result.failures;
  if (!f.length) {
    if (result.images_loaded < o.images) f.push(`the notebook shows ${o.images} images; ${result.images_loaded} loaded in Lab`);
    if (result.tables < o.tables) f.push(`the notebook shows ${o.tables} HTML tables; Lab showed ${result.tables}`);
    if (result.errors.length) f.push(`error outputs: ${result.errors.join(' | ')}`);
  }
  if (result.page_errors.length) f.push(`page errors: ${result.page_errors.join(' | ')}`);
  if (result.external_requests.length) f.push(`requests leaving the machine: ${result.external_requests.join(', ')}`);
  result.seconds = (Date.now() - started) / 1000;
  console.log(`${f.length ? 'FAIL' : 'ok  '} JupyterLab ${o.notebook}: ran ${result.cells} cells, ` +
    `images ${result.images_loaded}/${result.images} loaded (first ${result.first_image ?? 'none'}), ` +
    `tables ${result.tables}, console errors ${result.console_errors.length}, ${result.seconds.toFixed(1)} s`);
  console.log(`     steps: ${result.steps.join(', ')}`);
  for (const x of f) console.log(`     ${x}`);
  if (o.json) writeFileSync(o.json, JSON.stringify(result, null, 2));
  return f.length ? 1 : 0;
}

process.exitCode = await main();
