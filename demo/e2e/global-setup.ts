import type { TestProject } from 'vitest/node';
import { launchBrowserServer, startDemoStack } from './stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    serverUrl: string;
    wsEndpoint: string;
  }
}

/** One server, one Vite, one Chromium for every e2e file. */
export default async function setup(project: TestProject) {
  const stack = await startDemoStack();
  const browser = await launchBrowserServer();
  project.provide('demoUrl', stack.demoUrl);
  project.provide('serverUrl', stack.server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await stack.close();
  };
}
