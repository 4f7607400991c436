/**
 * @module
 * Portuguese: the strings every element shares (loaded beside an element's own, see
 * ../catalogue.ts).
 */
import { formatDate } from '../format.js';
import type { CommonStrings } from './en.js';

const common: CommonStrings = {
  loading: 'Carregando…',
  retry: 'Tentar novamente',
  cancel: 'Cancelar',
  group: 'Grupo',
  lookupKey: (key) => `Chave de pesquisa ${key}`,
  networkError: 'Não foi possível conectar ao servidor. Verifique sua conexão e tente novamente.',
  serverError: 'Algo deu errado do nosso lado. Tente novamente em instantes.',
  sessionExpired: 'Sua sessão terminou. Entre novamente para continuar.',
  date: (iso) => formatDate('pt', iso),
};

export default common;
