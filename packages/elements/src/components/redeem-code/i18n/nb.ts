/**
 * @module
 * nb strings of <gk-redeem-code> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/nb.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'redeem'> = {
  ...common,
  redeem: {
    title: 'Bruk en invitasjonskode',
    intro: 'Bli med hos en forretningspartner eller aktiver andre tjenester med en invitasjonskode.',
    hint: (example) => `Invitasjonskoder har dette formatet: ${example}`,
    label: 'Invitasjonskode',
    required: 'Obligatorisk felt, fyll det ut.',
    format: (example) => `Dette stemmer ikke med formatet ${example} (bokstavene a–f og sifre).`,
    incomplete: 'Koden er ufullstendig.',
    looksRight: 'Formatet er riktig.',
    submit: 'Bruk',
    submitting: 'Sjekker…',
    joined: (group) => `Du er nå med i ${group}.`,
    rolesLine: (roles) => `Rollene dine: ${roles}`,
    adminNote: 'Du kan nå invitere og administrere andre brukere i denne gruppen.',
    another: 'Bruk en annen kode',
    pasted: 'Koden ble hentet fra den innlimte teksten.',
  },
};

export default strings;
