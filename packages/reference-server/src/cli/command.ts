/**
 * @module cli/command
 * What a CLI command is: a name, a one-line summary, a help text and `run(args)`. Its own module
 * so the commands and cli/main.ts (which lists them) do not import each other.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  run(args: string[], io: CliIo): Promise<number>;
}
