/**
 * @module
 * nb strings of <gk-invite-codes> (with the shared sections), loaded lazily.
 */
import common from './common/nb.js';
import type { InvitationStrings } from './strings.js';
import { plural } from '../../../i18n/plural.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'invite'> = {
  ...common,
  invite: {
    createTitle: 'Opprett invitasjonskoder',
    createIntro: 'Du kan opprette opptil ti likeverdige koder på én gang. Mottakeren må bruke koden før den utløper.',
    count: 'Antall invitasjonskoder',
    countError: 'Opprett fra 1 til 10 koder om gangen.',
    validity: 'Gyldighet (1-90 dager)',
    validityError: 'Skriv inn et helt antall dager fra 1 til 90.',
    group: 'Velg en gruppe',
    rolesTitle: 'Brukerroller per invitasjonskode',
    rolesIntro: 'Gi kodene rollene du vil at brukerne dine skal få.',
    create: 'Opprett invitasjonskoder',
    creating: 'Oppretter…',
    close: 'Lukk',
    createdTitle: 'Følgende invitasjonskoder ble opprettet.',
    createdNote: 'Disse kodene gir tilgangsrettigheter. For å unngå misbruk må hver kode overleveres sikkert: bare autoriserte personer skal se og bruke den.',
    createdOnce: 'Bare innloggede brukere kan bruke en invitasjonskode, og bare én gang.',
    validUntil: (date) => `Gyldig til: ${date}`,
    createdAnnouncement: (n) => plural('nb', n, { one: '# invitasjonskode opprettet.', other: '# invitasjonskoder opprettet.' }),
    noGroups: 'Du administrerer ingen grupper, så du kan ikke invitere noen.',
    loading: 'Laster…',
  },

};

export default strings;
