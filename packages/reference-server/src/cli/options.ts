/**
 * @module cli/options
 * Command options through node:util's parseArgs (strict: an unknown option, a missing value or a
 * stray argument is an error), with its errors turned into one line that names the option.
 * `--name value` and `--name=value` both work; a repeated option keeps its last value.
 */
import { parseArgs } from 'node:util';

/** A command's options as parseArgs takes them (no short forms: every flag is spelt out). */
export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean' }>>;

export type OptionValues<S extends OptionSpec> = { [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean };

/** The parsed values, or one line saying what is wrong with the arguments. */
export function parseOptions<const S extends OptionSpec>(args: readonly string[], spec: S): OptionValues<S> | string {
  try {
    return parseArgs({ args: [...args], options: spec, strict: true, allowPositionals: false }).values as OptionValues<S>;
  } catch (error) {
    return explain(error, spec);
  }
}

/** The one line a bad option gets on stderr (exit code 2). */
export function optionError(command: string, problem: string): string {
  return `grantkit-server ${command}: ${problem} Run grantkit-server ${command} --help.`;
}

function explain(error: unknown, spec: OptionSpec): string {
  const { code, message } = error as { code?: string; message: string };
  // parseArgs quotes the argument it refuses: '--colour', '--name <value>', 'x'.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${quoted}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument "${quoted}".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const name = quoted.split(' ')[0]!;
      return spec[name.replace(/^--/, '')]?.type === 'boolean' ? `${name} takes no value.` : `${name} needs a value.`;
    }
    default:
      throw error;
  }
}
