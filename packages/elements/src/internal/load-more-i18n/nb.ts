/**
 * @module
 * Norwegian Bokmål strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Last inn flere',
  loading: 'Laster inn…',
  loaded: { one: '# til lastet inn.', other: '# til lastet inn.' },
  all: 'Alt vises.',
  offline: 'Kunne ikke laste inn flere: får ikke kontakt med serveren. Radene over vises fortsatt; prøv igjen.',
  sessionEnded: 'Kunne ikke laste inn flere: økten din er avsluttet. Logg inn igjen for å fortsette.',
  failed: 'Kunne ikke laste inn flere. Radene over vises fortsatt; prøv igjen om litt.',
};

export default strings;
