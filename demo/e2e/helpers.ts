/**
 * @module
 * The e2e tests' view of the shared stack (e2e/global-setup.ts) and the person-like steps.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
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

/**
 * What sticks out of the viewport sideways: any visible element (light DOM or inside a shadow
 * root) whose box ends right of the viewport or starts left of it, unless an ancestor clips or
 * scrolls it horizontally (that ancestor is what {@link sidewaysScroll} checks). Catches what
 * `scrollWidth` misses, e.g. an element pushed out under `overflow-x: clip` on the body.
 */
export function outsideViewport(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const parentOf = (el: Element): Element | null => el.assignedSlot ?? el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
    const clipped = (el: Element): boolean => {
      for (let up = parentOf(el); up && up !== document.documentElement && up !== document.body; up = parentOf(up)) {
        if (getComputedStyle(up).overflowX !== 'visible') return true;
      }
      return false;
    };
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.right <= width + 1 && box.left >= -1) continue;
        if (getComputedStyle(el).visibility === 'hidden' || clipped(el)) continue;
        const name = `${el.localName}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
        found.push(`${name} (${Math.round(box.left)}…${Math.round(box.right)} of ${width})`);
      }
    };
    visit(document);
    return found;
  });
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the whole page or frame (shadow roots included), one line each; empty when clean. */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  // Evaluated rather than added as a <script>: the platform's pages forbid inline scripts (CSP).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axeSource, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

export const portalAs = (page: Page, email: string, path?: string): Promise<void> => portalAt(page, demoUrl(), email, path);
