#!/usr/bin/env node
// npm 11's `npm ci` insists that every optional platform package a dependency names (rollup's
// @rollup/rollup-<os>-<cpu> binaries) has an entry in package-lock.json. When the registry in use
// does not carry the other platforms' binaries, `npm install` silently leaves them out and `npm ci`
// then refuses the lock ("Missing: @rollup/rollup-android-arm-eabi@ from lock file").
// This adds the missing entries with their os/cpu/libc, so npm ci skips them on other platforms
// without fetching anything. Run it after any `npm install` that rewrites the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32'];
const CPU = { 'arm-eabi': 'arm', arm: 'arm', arm64: 'arm64', x64: 'x64', ia32: 'ia32', loong64: 'loong64', ppc64: 'ppc64', riscv64: 'riscv64', s390x: 's390x' };

/** Reads os, cpu and libc from a platform package name such as rollup-linux-arm-musleabihf. */
function platformOf(name) {
  const base = name.split('/').pop();
  const parts = base.split('-');
  const osIndex = parts.findIndex((p) => OS.includes(p));
  if (osIndex < 0) return undefined;
  const rest = parts.slice(osIndex + 1);
  const cpuKey = rest[0] === 'arm' && rest[1] === 'eabi' ? 'arm-eabi' : rest[0];
  const cpu = CPU[cpuKey];
  if (!cpu) return undefined;
  const abi = rest.slice(cpuKey === 'arm-eabi' ? 2 : 1).join('-');
  const libc = /^gnu/.test(abi) ? ['glibc'] : /^musl/.test(abi) ? ['musl'] : undefined;
  return { os: [parts[osIndex]], cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  if (!path || !entry.optionalDependencies) continue;
  for (const [dep, range] of Object.entries(entry.optionalDependencies)) {
    // Node resolution: nested first, then each ancestor's node_modules.
    const segments = path.split('/node_modules/');
    let found = false;
    for (let i = segments.length; i > 0 && !found; i--) {
      found = Boolean(packages[`${segments.slice(0, i).join('/node_modules/')}/node_modules/${dep}`]);
    }
    found ||= Boolean(packages[`node_modules/${dep}`]);
    if (found) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(range)) continue;
    packages[`node_modules/${dep}`] = { version: range, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}

const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lock-optional-entries: added ${added} entr${added === 1 ? 'y' : 'ies'}`);
