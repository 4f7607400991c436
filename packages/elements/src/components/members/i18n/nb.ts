/**
 * @module
 * nb strings of <gk-members> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/nb.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'members'> = {
  ...common,
  members: {
    title: 'Brukere',
    intro: 'Finn en bruker og tilpass rollene, eller fjern brukeren fra gruppen.',
    name: 'Navn',
    email: 'E-post',
    roles: 'Roller',
    actions: 'Handlinger',
    edit: 'Endre roller',
    editLabel: (name) => `Endre rollene til ${name}`,
    editLegend: (name) => `Rollene til ${name}`,
    save: 'Lagre',
    saving: 'Lagrer…',
    cancel: 'Avbryt',
    remove: 'Fjern',
    removeLabel: (name) => `Fjern ${name}`,
    confirmRemove: (name) => `Fjerne ${name} fra gruppen? Tilgangen opphører med en gang.`,
    removed: (name) => `${name} er fjernet fra gruppen.`,
    saved: (name) => `Rollene til ${name} er lagret.`,
    empty: 'Denne gruppen har ingen medlemmer.',
    missingGroup: 'Ingen gruppe oppgitt (sett attributtet group-id).',
    loading: 'Laster…',
  },
};

export default strings;
