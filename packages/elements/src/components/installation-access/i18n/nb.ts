/**
 * @module
 * Norwegian (Bokmål) strings of <gk-installation-access>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { InstallationAccessStrings } from './en.js';

const installationAccess: InstallationAccessStrings = {
  heading: 'Hvem har tilgang',
  empty: 'Ingen andre har tilgang til dette anlegget.',
  since: (date) => `Siden ${date}`,
  grantedBy: (name) => `Gitt av ${name}`,
  roles: { owner: 'Eier', admin: 'Administrator', group: 'Gruppe', member: 'Bruker' },
  revoke: 'Trekk tilbake',
  revokeLabel: (name) => `Trekk tilbake tilgangen til ${name}`,
  confirmQuestion: (name) => `Trekke tilbake tilgangen til ${name}?`,
  confirmGroupNote: 'Alle medlemmer og tjenestekontoer i gruppen mister tilgangen med en gang.',
  confirmRevoke: 'Trekk tilbake tilgang',
  revoking: 'Trekker tilbake…',
  revoked: (name) => `Tilgangen til ${name} ble trukket tilbake.`,
  revokeFailed: (name) => `Kunne ikke trekke tilbake tilgangen til ${name}.`,
  notFound: 'Fant ikke anlegget, eller du har ikke lov til å se hvem som har tilgang.',
  missingId: 'Ingen anlegg oppgitt (attributtet installation-id).',
};

export default { installationAccess };
