/**
 * @module
 * de strings of <gk-invite-code-list> (with the shared sections), loaded lazily.
 */
import common from '../../i18n/common/de.js';
import type { InvitationStrings } from '../../i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'list'> = {
  ...common,
  list: {
    tableTitle: 'Einladungscodes',
    tableIntro: 'Die Codes der Gruppen und Partner, die Sie verwalten, die neuesten zuerst.',
    statusFilter: 'Status',
    groupFilter: 'Geschäftspartner / Dienst',
    all: 'Alle',
    columns: {
      creator: 'Ersteller',
      code: 'Einladungscode',
      group: 'Geschäftspartner / Dienst',
      mode: 'Modus',
      created: 'Erstellt am',
      validUntil: 'Gültig bis',
      status: 'Status',
      usedBy: 'Verwendet von',
      action: 'Aktion',
    },
    usedOn: (name, date) => `${name}, ${date}`,
    empty: 'Keine passenden Einladungscodes.',
    deactivate: 'Deaktivieren',
    deactivateLabel: (code) => `Code ${code} deaktivieren`,
    confirmDeactivate: (code) => `${code} deaktivieren? Er kann danach nicht mehr verwendet werden.`,
    confirm: 'Deaktivieren',
    cancel: 'Abbrechen',
    deactivated: (code) => `Code ${code} wurde deaktiviert.`,
    previous: 'Zurück',
    next: 'Weiter',
    page: (page, pages, total) => `Seite ${page} von ${pages} (${total} Codes)`,
  },
};

export default strings;
