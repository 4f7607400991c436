/**
 * @module cli/main
 * `grantkit-server <command>`: each command is a module with a name, a one-line summary, a
 * help text and `run(args)`. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import { ConfigError } from '../config.js';
import { StartError } from '../start-error.js';
import type { CliIo, Command } from './command.js';
import { commands } from './commands.js';
import { optionError, parseOptions, type OptionSpec } from './options.js';

export type { CliIo, Command } from './command.js';

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: grantkit-server <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `grantkit-server <command> --help` for a command\'s options.',
    'Configuration comes from the environment (or a .env file): PORT, PUBLIC_URL, GRANTKIT_DATA_DIR,',
    'DATABASE_URL, GRANTKIT_SECRET, GRANTKIT_TRUSTED_ORIGINS, LOG_LEVEL.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  try {
    process.loadEnvFile?.('.env');
  } catch {
    // .env is optional.
  }
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  // Longest match first, so `service-account create` beats `service-account`.
  const command = [...commands]
    .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
    .find((c) => c.name.split(' ').every((part, i) => argv[i] === part));
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  const rest = argv.slice(command.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  const problem = parseOptions(rest, command.options ?? {});
  if (typeof problem === 'string') {
    io.err(optionError(command.name, problem));
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // What an operator can fix is one line, without a stack trace (the message names the fix).
    if (error instanceof ConfigError || error instanceof StartError) {
      io.err(`grantkit-server: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
