/**
 * @module
 * German strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Mehr laden',
  loading: 'Wird geladen…',
  loaded: { one: '# weiterer Eintrag geladen.', other: '# weitere Einträge geladen.' },
  all: 'Alles wird angezeigt.',
  offline: 'Weitere Einträge konnten nicht geladen werden: Der Server ist nicht erreichbar. Die Zeilen oben bleiben; versuchen Sie es erneut.',
  sessionEnded: 'Weitere Einträge konnten nicht geladen werden: Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  failed: 'Weitere Einträge konnten nicht geladen werden. Die Zeilen oben bleiben; versuchen Sie es gleich noch einmal.',
};

export default strings;
