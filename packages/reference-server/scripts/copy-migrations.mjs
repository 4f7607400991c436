#!/usr/bin/env node
// Copies the SQL migrations next to the compiled storage/migrate.js: tsc emits only JavaScript,
// and migrate.js reads `./migrations/*.sql` relative to itself, so dist/ needs the same files as
// src/. Stale files (a migration renamed or removed in src/) are deleted so dist/ never applies
// a migration the sources no longer have.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../src/storage/migrations/', import.meta.url));
const to = fileURLToPath(new URL('../dist/storage/migrations/', import.meta.url));
const isMigration = (name) => name.endsWith('.sql');

mkdirSync(to, { recursive: true });
const wanted = new Set(readdirSync(from).filter(isMigration));
for (const name of readdirSync(to).filter(isMigration)) if (!wanted.has(name)) rmSync(to + name);
for (const name of wanted) copyFileSync(from + name, to + name);
