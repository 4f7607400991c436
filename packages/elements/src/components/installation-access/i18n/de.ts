/**
 * @module
 * German strings of <gk-installation-access>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { InstallationAccessStrings } from './en.js';

const installationAccess: InstallationAccessStrings = {
  heading: 'Wer hat Zugriff',
  empty: 'Niemand sonst hat Zugriff auf diese Installation.',
  since: (date) => `Seit ${date}`,
  grantedBy: (name) => `Gewährt von ${name}`,
  roles: { owner: 'Eigentümer', admin: 'Administrator', group: 'Gruppe', member: 'Benutzer' },
  revoke: 'Widerrufen',
  revokeLabel: (name) => `Zugriff für ${name} widerrufen`,
  confirmQuestion: (name) => `Zugriff für ${name} widerrufen?`,
  confirmGroupNote: 'Alle Mitglieder und Dienstkonten der Gruppe verlieren den Zugriff sofort.',
  confirmRevoke: 'Zugriff widerrufen',
  revoking: 'Wird widerrufen…',
  revoked: (name) => `Der Zugriff für ${name} wurde widerrufen.`,
  revokeFailed: (name) => `Der Zugriff für ${name} konnte nicht widerrufen werden.`,
  notFound: 'Diese Installation wurde nicht gefunden, oder Sie dürfen nicht sehen, wer Zugriff hat.',
  missingId: 'Keine Installation angegeben (Attribut installation-id).',
  permissions: { 'installation:read': 'Ansehen', 'installation:settings': 'Einstellungen ändern', 'chargers:control': 'Ladestationen steuern' },
  change: 'Zugriff ändern',
  changeLabel: (name) => `Zugriff für ${name} ändern`,
  changeQuestion: (name) => `Was darf ${name}?`,
  changeNote: 'Was Sie abwählen, endet sofort für alle Mitglieder und Dienstkonten der Gruppe. Um es zurückzubekommen, muss der Partner Sie erneut fragen.',
  save: 'Zugriff speichern',
  saving: 'Wird gespeichert…',
  changed: (name) => `Der Zugriff für ${name} wurde geändert.`,
  changeFailed: (name) => `Der Zugriff für ${name} konnte nicht geändert werden.`,
  wideningRefused: (name) => `${name} hat diesen Zugriff nicht mehr vollständig; nur eine neue Anfrage des Partners kann ihn zurückgeben. Die Liste wurde neu geladen.`,
  grantGone: (name) => `${name} hat keinen Zugriff mehr (anderswo widerrufen). Die Liste wurde neu geladen.`,
};

export default { installationAccess };
