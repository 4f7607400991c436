/**
 * @module
 * Norwegian (Bokmål): the strings every element shares (loaded beside an element's own, see
 * ../catalogue.ts).
 */
import { formatDate } from '../format.js';
import type { CommonStrings } from './en.js';

const common: CommonStrings = {
  loading: 'Laster…',
  retry: 'Prøv igjen',
  cancel: 'Avbryt',
  group: 'Gruppe',
  lookupKey: (key) => `Oppslagsnøkkel ${key}`,
  networkError: 'Får ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.',
  serverError: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  sessionExpired: 'Økten din er avsluttet. Logg inn på nytt for å fortsette.',
  date: (iso) => formatDate('nb', iso),
};

export default common;
