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
    hint: 'Lim inn koden fra invitasjonen. Den har 32 tegn (sifre og bokstavene a–f) i fem grupper adskilt med bindestreker.',
    label: 'Invitasjonskode',
    required: 'Obligatorisk felt, fyll det ut.',
    format: 'Dette er ikke en invitasjonskode: den har bare sifre, bokstavene a–f og bindestreker.',
    incomplete: 'Koden er ufullstendig.',
    looksRight: 'Koden er fullstendig.',
    submit: 'Bruk',
    submitting: 'Sjekker…',
    joined: (group) => `Du er nå med i ${group}.`,
    rolesAdded: (group) => `Du har fått nye roller i ${group}.`,
    alreadyMember: (group) => `Du er allerede med i ${group}.`,
    notUsed: 'Denne koden gir deg ingen rolle du ikke allerede har. Den ble ikke brukt og gjelder fortsatt for noen andre.',
    rolesLine: (roles) => `Rollene dine: ${roles}`,
    adminNote: 'Du kan nå invitere og administrere andre brukere i denne gruppen.',
    another: 'Bruk en annen kode',
    pasted: 'Koden ble hentet fra den innlimte teksten.',
  },
};

export default strings;
