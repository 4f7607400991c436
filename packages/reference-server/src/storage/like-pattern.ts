/**
 * @module storage/like-pattern
 * Text a person typed into a search box, as a `LIKE … ESCAPE '\'` pattern that matches it
 * anywhere: `%`, `_` and `\` are escaped, so they match themselves and never act as wildcards.
 */

/** `50%_off` → `%50\%\_off%`. Use with `ESCAPE '\'`. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
