/**
 * @module
 * German strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Mehr laden',
  loading: 'Wird geladen…',
  loaded: (n) => (n === 1 ? '1 weiterer Eintrag geladen.' : `${n} weitere Einträge geladen.`),
  all: 'Alles wird angezeigt.',
  offline: 'Server nicht erreichbar. Bitte erneut versuchen.',
  failed: 'Laden fehlgeschlagen. Bitte erneut versuchen.',
};

export default strings;
