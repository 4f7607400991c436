/**
 * @module
 * English strings of the "Load more" footer of every paged list (../load-more.ts).
 */
/** What the footer says. */
export interface LoadMoreStrings {
  readonly more: string;
  readonly loading: string;
  /** Announced after a page arrived with `n` rows (French counts 0 and 1 as singular). */
  readonly loaded: (n: number) => string;
  /** Announced after the last page arrived. */
  readonly all: string;
  readonly offline: string;
  readonly failed: string;
}

const strings: LoadMoreStrings = {
  more: 'Load more',
  loading: 'Loading more…',
  loaded: (n) => `${n} more loaded.`,
  all: 'Everything is shown.',
  offline: 'Could not reach the server. Try again.',
  failed: 'Could not load more. Try again.',
};

export default strings;
