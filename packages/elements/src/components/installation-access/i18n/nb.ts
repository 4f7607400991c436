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
  permissions: { 'installation:read': 'Se', 'installation:settings': 'Endre innstillinger', 'chargers:control': 'Styre ladere' },
  change: 'Endre tilgang',
  changeLabel: (name) => `Endre tilgangen for ${name}`,
  changeQuestion: (name) => `Hva kan ${name} gjøre?`,
  changeNote: 'Det du fjerner haken for, stopper med en gang for alle medlemmer og tjenestekontoer i gruppen. For å få det tilbake må partneren spørre deg på nytt.',
  save: 'Lagre tilgang',
  saving: 'Lagrer…',
  changed: (name) => `Tilgangen for ${name} ble endret.`,
  changeFailed: (name) => `Kunne ikke endre tilgangen for ${name}.`,
  wideningRefused: (name) => `${name} har ikke lenger all denne tilgangen; bare en ny forespørsel fra partneren kan gi den tilbake. Listen ble lastet inn på nytt.`,
  grantGone: (name) => `${name} har ikke lenger tilgang (trukket tilbake et annet sted). Listen ble lastet inn på nytt.`,
};

export default { installationAccess };
