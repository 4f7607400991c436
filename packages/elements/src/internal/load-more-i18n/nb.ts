/**
 * @module
 * Norwegian Bokmål strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Last inn flere',
  loading: 'Laster inn…',
  loaded: (n) => `${n} til lastet inn.`,
  all: 'Alt vises.',
  offline: 'Får ikke kontakt med serveren. Prøv igjen.',
  failed: 'Kunne ikke laste inn flere. Prøv igjen.',
};

export default strings;
