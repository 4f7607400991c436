/**
 * @module
 * The README's quick starts are what this suite runs: a fenced block right after a marker
 * comment `<!-- consumer: <name> -->` is a consumer's file (written into the fresh app under
 * `<name>`), or, when `<name>` ends in `.sh`, the commands a consumer types (the suite runs
 * those lines as written). So the README cannot drift from what CI does.
 */
import { readFileSync } from 'node:fs';

export interface ReadmeBlock {
  readonly name: string;
  readonly lang: string;
  readonly text: string;
}

const MARKED = /<!--\s*consumer:\s*(\S+)\s*-->\s*\n(`{3,})([\w-]*)[^\n]*\n([\s\S]*?)\n\2[ \t]*(?:\n|$)/g;

/** Every marked block of a Markdown text, in order. Throws on a name used twice. */
export function readmeBlocks(markdown: string): Map<string, ReadmeBlock> {
  const blocks = new Map<string, ReadmeBlock>();
  for (const [, name, , lang, text] of markdown.matchAll(MARKED)) {
    if (blocks.has(name!)) throw new Error(`README: the consumer block "${name}" appears twice`);
    blocks.set(name!, { name: name!, lang: lang ?? '', text: text! + '\n' });
  }
  return blocks;
}

export function readmeBlocksOf(path: string): Map<string, ReadmeBlock> {
  return readmeBlocks(readFileSync(path, 'utf8'));
}

/** The command lines of a `.sh` block: comments and blank lines dropped, `\` continuations joined. */
export function commandLines(block: ReadmeBlock): string[] {
  return block.text
    .replace(/\s*\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** The one line of a `.sh` block that matches, so a test runs the README's own command. */
export function commandLine(block: ReadmeBlock, pattern: RegExp): string {
  const found = commandLines(block).filter((line) => pattern.test(line));
  if (found.length !== 1) throw new Error(`README block "${block.name}": expected one command matching ${pattern}, found ${found.length}`);
  return found[0]!;
}

/**
 * What the blocks' `npm install` lines name, dev or not (the fresh app installs them all at
 * once; versions are the suite's business, see fresh-app.ts).
 */
export function installedPackages(blocks: Iterable<ReadmeBlock>): string[] {
  const names = new Set<string>();
  for (const block of blocks) {
    if (!block.name.endsWith('.sh')) continue;
    for (const line of commandLines(block)) {
      const match = /^npm (?:install|i|add)\b(.*)$/.exec(line);
      if (!match) continue;
      for (const word of match[1]!.trim().split(/\s+/)) if (word && !word.startsWith('-')) names.add(word);
    }
  }
  return [...names];
}
