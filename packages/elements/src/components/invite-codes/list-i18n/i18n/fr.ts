/**
 * @module
 * fr strings of <gk-invite-code-list> (with the shared sections), loaded lazily.
 */
import common from '../../i18n/common/fr.js';
import type { InvitationStrings } from '../../i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'list'> = {
  ...common,
  list: {
    tableTitle: 'Codes d’invitation',
    tableIntro: 'Les codes des groupes et partenaires que vous administrez, du plus récent au plus ancien.',
    statusFilter: 'Statut',
    groupFilter: 'Partenaire commercial / service',
    all: 'Tous',
    columns: {
      creator: 'Créateur',
      code: 'Code d’invitation',
      group: 'Partenaire commercial / service',
      mode: 'Mode',
      created: 'Date de création',
      validUntil: 'Date de validité',
      status: 'Statut',
      usedBy: 'Utilisé par',
      action: 'Action',
    },
    usedOn: (name, date) => `${name}, ${date}`,
    empty: 'Aucun code d’invitation ne correspond.',
    deactivate: 'Désactiver',
    deactivateLabel: (code) => `Désactiver le code ${code}`,
    confirmDeactivate: (code) => `Désactiver ${code} ? Il ne pourra plus être utilisé.`,
    confirm: 'Désactiver',
    cancel: 'Annuler',
    deactivated: (code) => `Le code ${code} a été désactivé.`,
    previous: 'Précédent',
    next: 'Suivant',
    page: (page, pages, total) => `Page ${page} sur ${pages} (${total} codes)`,
  },
};

export default strings;
