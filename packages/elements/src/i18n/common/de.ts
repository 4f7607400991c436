/**
 * @module
 * German: the strings every element shares (loaded beside an element's own, see
 * ../catalogue.ts).
 */
import { formatDate } from '../format.js';
import type { CommonStrings } from './en.js';

const common: CommonStrings = {
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  group: 'Gruppe',
  lookupKey: (key) => `Suchschlüssel ${key}`,
  networkError: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  serverError: 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es gleich noch einmal.',
  sessionExpired: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  date: (iso) => formatDate('de', iso),
};

export default common;
