#!/usr/bin/env node
// The operator's entry point: plain Node on the compiled JavaScript in dist/ (no TypeScript at
// run time). In the monorepo, `npm run build` (or the root `npm start`) produces dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  // Only a checkout without a build gets here; an installed package always ships dist/.
  process.stderr.write('grantkit-server: dist/ is missing; run `npm run build` in packages/reference-server first.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
const code = await main(process.argv.slice(2));
// A failed start may leave a socket behind (a database host that never answers): exit once
// stderr has flushed rather than wait for it.
if (code === 0) process.exitCode = 0;
else process.stderr.write('', () => process.exit(code));
