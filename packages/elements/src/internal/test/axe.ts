/**
 * @module
 * Test helper: runs axe-core on an element and fails with the violations listed.
 */

interface AxeResult {
  readonly violations: ReadonlyArray<{ readonly id: string; readonly help: string; readonly nodes: ReadonlyArray<{ readonly target: unknown }> }>;
}
declare global {
  interface Window {
    axe?: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

/** Resolves when axe finds no violation in `element`; rejects listing each one otherwise. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  // axe-core's browser build registers itself on window (it is not an ES module).
  // @ts-expect-error no type declarations for the minified build
  if (!window.axe) await import('axe-core/axe.min.js');
  const axe = window.axe;
  if (!axe) throw new Error('axe-core did not load');
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  if (violations.length) {
    const lines = violations.map((violation) => `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    throw new Error(`axe found ${violations.length} violation(s):\n${lines.join('\n')}`);
  }
}
