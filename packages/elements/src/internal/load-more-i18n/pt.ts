/**
 * @module
 * Portuguese strings of the "Load more" footer (../load-more.ts).
 */
import type { LoadMoreStrings } from './en.js';

const strings: LoadMoreStrings = {
  more: 'Carregar mais',
  loading: 'A carregar…',
  loaded: { one: 'Mais # item carregado.', other: 'Mais # itens carregados.' },
  all: 'Está tudo visível.',
  offline: 'Não foi possível carregar mais: o servidor não está acessível. As linhas acima continuam visíveis; tente novamente.',
  sessionEnded: 'Não foi possível carregar mais: a sua sessão terminou. Inicie sessão novamente para continuar.',
  failed: 'Não foi possível carregar mais. As linhas acima continuam visíveis; tente novamente daqui a pouco.',
};

export default strings;
