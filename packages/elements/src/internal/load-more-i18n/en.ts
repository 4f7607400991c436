/**
 * @module
 * English strings of the "Load more" footer of every paged list (../load-more.ts).
 */
import type { PluralForms } from '../../i18n/plural.js';

/** What the footer says. */
export interface LoadMoreStrings {
  readonly more: string;
  readonly loading: string;
  /** Announced after a page arrived; `#` is how many rows it added. */
  readonly loaded: PluralForms;
  /** Announced after the last page arrived. */
  readonly all: string;
  readonly offline: string;
  readonly sessionEnded: string;
  readonly failed: string;
}

const strings: LoadMoreStrings = {
  more: 'Load more',
  loading: 'Loading more…',
  loaded: { one: '# more loaded.', other: '# more loaded.' },
  all: 'Everything is shown.',
  offline: 'Could not load more: the server could not be reached. The rows above are still current; try again.',
  sessionEnded: 'Could not load more: your session has ended. Log in again to continue.',
  failed: 'Could not load more. The rows above are still shown; try again in a moment.',
};

export default strings;
