import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commandLine, installedPackages, readmeBlocks } from './readme-blocks.js';

const md = [
  'Intro',
  '<!-- consumer: app.sh -->',
  '```sh',
  'npm install @grantkit/sdk',
  'npm install -D vite typescript   # dev only',
  '# a comment',
  'npx vite \\',
  '  build',
  '```',
  '',
  '<!-- consumer: src/main.ts -->',
  '```ts',
  "import '@grantkit/elements/define';",
  '```',
  '```ts',
  'not marked',
  '```',
].join('\n');

test('marked blocks are read with their names, unmarked ones ignored', () => {
  const blocks = readmeBlocks(md);
  assert.deepEqual([...blocks.keys()], ['app.sh', 'src/main.ts']);
  assert.equal(blocks.get('src/main.ts')!.text, "import '@grantkit/elements/define';\n");
  assert.equal(commandLine(blocks.get('app.sh')!, /^npx vite/), 'npx vite build');
  assert.deepEqual(installedPackages(blocks.values()), ['@grantkit/sdk', 'vite', 'typescript']);
});

test('a block name used twice is an error', () => {
  assert.throws(() => readmeBlocks(md + '\n<!-- consumer: app.sh -->\n```sh\nls\n```\n'), /appears twice/);
});
