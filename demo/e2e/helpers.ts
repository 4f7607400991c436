/**
 * @module
 * The e2e tests' view of the shared stack (e2e/global-setup.ts) and the person-like steps.
 */
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { portalAs as portalAt } from './flows.js';
import { CLOCK_PATH } from './server-clock.js';

export { connectViaRedirect, decide, platformLogin } from './flows.js';

export const demoUrl = (): string => inject('demoUrl');
export const serverUrl = (): string => inject('serverUrl');

/**
 * Moves the server's clock `ms` ahead of real time (0 puts it back): lets an access request
 * expire without waiting for its TTL. Put it back after the test: later files share the server.
 */
export async function moveServerClock(ms: number): Promise<void> {
  const response = await fetch(`${demoUrl()}${CLOCK_PATH}`, { method: 'POST', body: JSON.stringify({ offset_ms: ms }) });
  if (response.status !== 204) throw new Error(`moving the server clock failed: ${response.status}`);
}

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

/** Collects uncaught page errors (a broken page must not pass quietly). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * What scrolls sideways on the page: the document itself, and any box (light DOM or inside an
 * element's shadow root) whose content is wider than it, named by tag and class. Empty when
 * everything fits the viewport.
 */
export function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push(`document (${document.documentElement.scrollWidth} > ${window.innerWidth})`);
    const visit = (root: Document | ShadowRoot, host: string) => {
      for (const box of root.querySelectorAll<HTMLElement>('*')) {
        if (box.shadowRoot) visit(box.shadowRoot, `${host}${box.localName} › `);
        const overflow = getComputedStyle(box).overflowX;
        if ((overflow === 'auto' || overflow === 'scroll') && box.scrollWidth > box.clientWidth + 1) {
          found.push(`${host}${box.localName}${box.className && typeof box.className === 'string' ? `.${box.className.split(' ').join('.')}` : ''} (${box.scrollWidth} > ${box.clientWidth})`);
        }
      }
    };
    visit(document, '');
    return found;
  });
}

export const portalAs = (page: Page, email: string, path?: string): Promise<void> => portalAt(page, demoUrl(), email, path);
