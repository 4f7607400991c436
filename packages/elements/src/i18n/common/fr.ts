/**
 * @module
 * French: the strings every element shares (loaded beside an element's own, see
 * ../catalogue.ts).
 */
import { formatDate } from '../format.js';
import type { CommonStrings } from './en.js';

const common: CommonStrings = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  cancel: 'Annuler',
  group: 'Groupe',
  lookupKey: (key) => `Clé de recherche ${key}`,
  networkError: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  serverError: 'Une erreur s’est produite de notre côté. Veuillez réessayer dans un instant.',
  sessionExpired: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  date: (iso) => formatDate('fr', iso),
};

export default common;
