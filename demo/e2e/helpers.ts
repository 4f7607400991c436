/**
 * @module
 * The e2e tests' view of the shared stack (e2e/global-setup.ts) and the person-like steps.
 */
import { inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { portalAs as portalAt } from './flows.js';

export { connectViaRedirect, decide, platformLogin } from './flows.js';

export const demoUrl = (): string => inject('demoUrl');
export const serverUrl = (): string => inject('serverUrl');

export function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('wsEndpoint'));
}

/** Collects uncaught page errors (a broken page must not pass quietly). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const portalAs = (page: Page, email: string, path?: string): Promise<void> => portalAt(page, demoUrl(), email, path);
