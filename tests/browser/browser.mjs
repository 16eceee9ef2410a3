// Launching Debian's Chromium for Kabar's browser checks: headless, a fresh profile each time,
// and no background traffic (without those flags Chromium's own connections are refused here,
// noisily). playwright-core drives it; it never downloads a browser of its own.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.KABAR_CHROMIUM || '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--hide-scrollbars', '--font-render-hinting=none',
];

/**
 * Starts Chromium. playwright-core gives every launch a fresh temporary --user-data-dir of its
 * own and deletes it on close (it refuses one passed in args).
 */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM} (Debian/Ubuntu: apt-get install chromium; or set KABAR_CHROMIUM)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 30_000 });
}

/** True for a URL that would leave the machine (anything but file:, data:, blob:, about: and loopback). */
export function isExternal(url, allowLoopback = false) {
  let u;
  try { u = new URL(url); } catch { return true; }
  if (['file:', 'data:', 'blob:', 'about:', 'chrome-error:'].includes(u.protocol)) return false;
  if (allowLoopback && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) return false;
  return true;
}

/** Wraps a promise with a deadline, so no step can hang the test run. */
export function within(ms, what, promise) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
