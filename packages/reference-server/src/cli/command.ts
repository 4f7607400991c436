/**
 * @module cli/command
 * What a CLI command is: a name, a one-line summary, a help text and `run(args)`. Its own module
 * so the commands and cli/main.ts (which lists them) do not import each other.
 */
import type { OptionSpec } from './options.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  /** Its options (none when absent); main() refuses anything else before `run`. */
  readonly options?: OptionSpec;
  run(args: string[], io: CliIo): Promise<number>;
}
