/**
 * @module
 * Portuguese strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Carregar mais',
  loading: 'A carregar…',
  loaded: (n) => (n === 1 ? 'Mais 1 item carregado.' : `Mais ${n} itens carregados.`),
  all: 'Está tudo visível.',
  offline: 'Servidor inacessível. Tente novamente.',
  failed: 'Não foi possível carregar mais. Tente novamente.',
};

export default strings;
