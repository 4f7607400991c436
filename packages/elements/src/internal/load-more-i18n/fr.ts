/**
 * @module
 * French strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Afficher plus',
  loading: 'Chargement…',
  loaded: { one: '# élément de plus chargé.', other: '# éléments de plus chargés.' },
  all: 'Tout est affiché.',
  offline: 'Impossible d’afficher plus : le serveur est injoignable. Les lignes ci-dessus restent affichées ; réessayez.',
  sessionEnded: 'Impossible d’afficher plus : votre session a pris fin. Reconnectez-vous pour continuer.',
  failed: 'Impossible d’afficher plus. Les lignes ci-dessus restent affichées ; réessayez dans un instant.',
};

export default strings;
