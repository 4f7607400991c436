/**
 * custom-elements.json is generated (`npm run build` / `npm run manifest`) and committed; these
 * tests fail when it is stale, and check that it describes what ships. About a second: one
 * `cem analyze` into a temporary folder.
 *
 * In CI (`CI` set) the build has already regenerated the file in place, so comparing with a fresh
 * run would always pass; there the committed version (git HEAD) is compared instead.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = mkdtempSync(join(tmpdir(), 'gk-cem-'));
after(() => rmSync(outdir, { recursive: true, force: true }));

const REGENERATE = 'run `npm run manifest -w @grantkit/elements` and commit custom-elements.json';

/** A fresh manifest from the current sources. */
function regenerate(): string {
  // The analyzer joins --outdir to the working directory, even an absolute one.
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  execFileSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.js', '--outdir', relative(root, outdir)], { cwd: root, stdio: 'pipe' });
  return readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
}

const fresh = regenerate();
const manifest = JSON.parse(fresh) as {
  modules: Array<{ path: string; declarations?: Array<{ tagName?: string; cssProperties?: Array<{ name: string }>; events?: Array<{ name: string; type?: { text: string } }> }> }>;
};

test('the custom-elements.json in the package matches its sources', () => {
  assert.equal(readFileSync(join(root, 'custom-elements.json'), 'utf8'), fresh, `custom-elements.json is stale: ${REGENERATE}`);
});

test('in CI, the committed custom-elements.json matches what the build generated', { skip: !process.env['CI'] && 'only in CI' }, () => {
  const committed = execFileSync('git', ['show', 'HEAD:./custom-elements.json'], { cwd: root, encoding: 'utf8' });
  assert.equal(committed, fresh, `the committed custom-elements.json is stale: ${REGENERATE}`);
});

test('module paths point at the shipped dist/….js files', () => {
  const paths = manifest.modules.map((moduleDoc) => moduleDoc.path);
  assert.deepEqual(paths.filter((path) => !/^dist\/.+\.js$/.test(path)), []);
  // Where dist exists (after a build), every path is a real file.
  if (existsSync(join(root, 'dist/index.js'))) assert.deepEqual(paths.filter((path) => !existsSync(join(root, path))), []);
});

test('every element lists the shared tokens its styles read, and its events with their class', () => {
  const elements = manifest.modules.flatMap((moduleDoc) => moduleDoc.declarations ?? []).filter((declaration) => declaration.tagName);
  assert.equal(elements.length, 12);
  for (const element of elements) {
    const tokens = (element.cssProperties ?? []).map((property) => property.name);
    // tokens.styles.ts applies these on every element's :host.
    for (const token of ['--gk-font-family', '--gk-color-text', '--gk-color-focus']) assert.ok(tokens.includes(token), `${element.tagName} honours ${token}`);
    assert.ok((element.events ?? []).length > 0, `${element.tagName} has events`);
    for (const event of element.events ?? []) assert.match(event.type?.text ?? '', /^Gk\w+Event$/, `${element.tagName} ${event.name}`);
  }
});
