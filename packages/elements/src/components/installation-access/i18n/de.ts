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
};

export default { installationAccess };
