import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main.js';

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

describe('CLI: seed and serve', () => {
  it('lists seed among the commands and documents it', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.lines.join('\n')).toMatch(/seed\s+Add the demo data/);
    const help = capture();
    expect(await main(['seed', '--help'], help)).toBe(0);
    expect(help.lines.join('\n')).toContain('owner@demo.grantkit.dev');
  });

  it('documents serve --seed and refuses unknown options with exit code 2', async () => {
    const help = capture();
    expect(await main(['serve', '--help'], help)).toBe(0);
    expect(help.lines.join('\n')).toContain('--seed');
    const bad = capture();
    expect(await main(['serve', '--sed'], bad)).toBe(2);
    expect(bad.errors.join('\n')).toContain('Unknown option --sed');
  });
});
