/**
 * @module
 * nb strings of <gk-invite-code-list> (with the shared sections), loaded lazily.
 */
import common from '../../i18n/common/nb.js';
import type { InvitationStrings } from '../../i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'list'> = {
  ...common,
  list: {
    tableTitle: 'Invitasjonskoder',
    tableIntro: 'Kodene til gruppene og partnerne du administrerer, nyeste først.',
    statusFilter: 'Status',
    groupFilter: 'Forretningspartner / tjeneste',
    all: 'Alle',
    columns: {
      creator: 'Opprettet av',
      code: 'Invitasjonskode',
      group: 'Forretningspartner / tjeneste',
      mode: 'Modus',
      created: 'Opprettet',
      validUntil: 'Gyldig til',
      status: 'Status',
      usedBy: 'Brukt av',
      action: 'Handling',
    },
    usedOn: (name, date) => `${name}, ${date}`,
    empty: 'Ingen invitasjonskoder passer.',
    deactivate: 'Deaktiver',
    deactivateLabel: (code) => `Deaktiver koden ${code}`,
    confirmDeactivate: (code) => `Deaktivere ${code}? Den kan ikke brukes etterpå.`,
    confirm: 'Deaktiver',
    cancel: 'Avbryt',
    deactivated: (code) => `Koden ${code} er deaktivert.`,
    previous: 'Forrige',
    next: 'Neste',
    page: (page, pages, total) => `Side ${page} av ${pages} (${total} koder)`,
  },
};

export default strings;
