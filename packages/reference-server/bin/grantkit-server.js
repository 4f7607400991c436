#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step): tsx registers its loader, and the
// `source` export condition lets workspace packages resolve to their src/ files.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
