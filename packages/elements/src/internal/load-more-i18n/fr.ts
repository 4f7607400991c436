/**
 * @module
 * French strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Afficher plus',
  loading: 'Chargement…',
  loaded: (n) => `${n} de plus chargé${n > 1 ? 's' : ''}.`,
  all: 'Tout est affiché.',
  offline: 'Serveur injoignable. Réessayez.',
  failed: 'Échec du chargement. Réessayez.',
};

export default strings;
