/**
 * @module
 * French strings of <gk-installation-access>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { InstallationAccessStrings } from './en.js';

const installationAccess: InstallationAccessStrings = {
  heading: 'Qui a accès',
  empty: 'Personne d’autre n’a accès à cette installation.',
  since: (date) => `Depuis le ${date}`,
  grantedBy: (name) => `Accordé par ${name}`,
  roles: { owner: 'Propriétaire', admin: 'Administrateur', group: 'Groupe', member: 'Utilisateur' },
  revoke: 'Révoquer',
  revokeLabel: (name) => `Révoquer l’accès de ${name}`,
  confirmQuestion: (name) => `Révoquer l’accès de ${name} ?`,
  confirmGroupNote: 'Tous les membres et comptes de service du groupe perdent l’accès immédiatement.',
  confirmRevoke: 'Révoquer l’accès',
  revoking: 'Révocation…',
  revoked: (name) => `L’accès de ${name} a été révoqué.`,
  revokeFailed: (name) => `Impossible de révoquer l’accès de ${name}.`,
  notFound: 'Cette installation est introuvable, ou vous ne pouvez pas voir qui y a accès.',
  missingId: 'Aucune installation indiquée (attribut installation-id).',
  permissions: { 'installation:read': 'Voir', 'installation:settings': 'Modifier les réglages', 'chargers:control': 'Piloter les bornes' },
  change: 'Modifier l’accès',
  changeLabel: (name) => `Modifier l’accès de ${name}`,
  changeQuestion: (name) => `Que peut faire ${name} ?`,
  changeNote: 'Ce que vous décochez cesse immédiatement pour tous les membres et comptes de service du groupe. Pour le retrouver, le partenaire devra vous le redemander.',
  save: 'Enregistrer l’accès',
  saving: 'Enregistrement…',
  changed: (name) => `L’accès de ${name} a été modifié.`,
  changeFailed: (name) => `Impossible de modifier l’accès de ${name}.`,
  wideningRefused: (name) => `${name} n’a plus tout cet accès ; seule une nouvelle demande du partenaire peut le rétablir. La liste a été rechargée.`,
  grantGone: (name) => `${name} n’a plus accès (révoqué ailleurs). La liste a été rechargée.`,
};

export default { installationAccess };
