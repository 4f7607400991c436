import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './main.js';
import { parseOptions } from './options.js';

const SPEC = { group: { type: 'string' }, name: { type: 'string' }, seed: { type: 'boolean' } } as const;

function capture(): CliIo & { out: (l: string) => void; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => void lines.push(l), err: (l) => void errors.push(l) };
}

describe('command options (node:util parseArgs)', () => {
  it('reads --name value, --name=value and flags; the last of a repeated option wins', () => {
    expect(parseOptions(['--group', 'TZBV', '--name=Export', '--seed'], SPEC)).toEqual({ group: 'TZBV', name: 'Export', seed: true });
    expect(parseOptions(['--name', 'a', '--name', 'b'], SPEC)).toEqual({ name: 'b' });
    expect(parseOptions([], SPEC)).toEqual({});
  });

  it('says in one line what is wrong', () => {
    expect(parseOptions(['--colour', 'red'], SPEC)).toBe('Unknown option --colour.');
    expect(parseOptions(['-x'], SPEC)).toBe('Unknown option -x.');
    expect(parseOptions(['--name'], SPEC)).toBe('--name needs a value.');
    expect(parseOptions(['--name', '--group', 'x'], SPEC)).toBe('--name needs a value.');
    expect(parseOptions(['--seed=yes'], SPEC)).toBe('--seed takes no value.');
    expect(parseOptions(['stray'], SPEC)).toBe('Unexpected argument "stray".');
  });

  it('main() refuses a bad option of any command with one line on stderr and exit code 2, before touching the database', async () => {
    for (const [argv, line] of [
      [['migrate', '--force'], 'grantkit-server migrate: Unknown option --force. Run grantkit-server migrate --help.'],
      [['keys', 'rotate', 'now'], 'grantkit-server keys rotate: Unexpected argument "now". Run grantkit-server keys rotate --help.'],
      [['serve', '--seed=1'], 'grantkit-server serve: --seed takes no value. Run grantkit-server serve --help.'],
      [['service-account', 'create', '--group'], 'grantkit-server service-account create: --group needs a value. Run grantkit-server service-account create --help.'],
    ] as const) {
      const io = capture();
      expect(await main([...argv], io), argv.join(' ')).toBe(2);
      expect(io.errors).toEqual([line]);
      expect(io.lines).toEqual([]);
    }
  });
});
