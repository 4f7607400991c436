#!/usr/bin/env node
// Writes dist/storage/drivers/pglite-template/: a migrated, empty PGlite data directory and the
// fingerprint of the migrations and PGlite version it was made from. A fresh data directory is
// loaded from it instead of running initdb and every migration at start
// (storage/drivers/pglite-template.ts). Skipped when the template on disk is current, so a
// rebuild (the root `npm start` builds every time) costs nothing here.
const { PACKAGED_TEMPLATE_DIR, templateIsCurrent, writeTemplate } = await import('../dist/storage/drivers/pglite-template.js');
const { loadMigrations } = await import('../dist/storage/migrate.js');

const migrations = await loadMigrations();
if (!(await templateIsCurrent(PACKAGED_TEMPLATE_DIR, migrations))) {
  const started = Date.now();
  const bytes = await writeTemplate(PACKAGED_TEMPLATE_DIR, migrations);
  console.log(`PGlite template: ${(bytes / 1024).toFixed(0)} KiB in ${Date.now() - started} ms`);
}
