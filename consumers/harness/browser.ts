/**
 * @module
 * One headless Chromium for the suite (Debian's, with the flags every browser test of the repo
 * uses), and a page that records its errors so a test can assert there were none.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  readonly page: Page;
  /** Uncaught exceptions, console errors and failed requests, in order. */
  readonly errors: string[];
}

export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, errors };
}

/** Waits until `tag` is defined and an instance on the page has rendered into its shadow root. */
export async function waitUpgraded({ page, errors }: WatchedPage, tag: string, timeout = 15_000): Promise<void> {
  const upgraded = page.waitForFunction(
    (name) => {
      const element = document.querySelector(name);
      return customElements.get(name) !== undefined && element?.shadowRoot != null && element.shadowRoot.childElementCount > 0;
    },
    tag,
    { timeout },
  );
  await upgraded.catch((error: Error) => {
    throw new Error(`<${tag}> was not upgraded on ${page.url()} within ${timeout} ms; the page's errors:\n${errors.join('\n') || '(none)'}`, { cause: error });
  });
}
