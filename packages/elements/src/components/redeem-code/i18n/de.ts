/**
 * @module
 * de strings of <gk-redeem-code> (with the shared sections), loaded lazily.
 */
import common from '../../invite-codes/i18n/common/de.js';
import type { InvitationStrings } from '../../invite-codes/i18n/strings.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'redeem'> = {
  ...common,
  redeem: {
    title: 'Einladungscode verwenden',
    intro: 'Verbinden Sie sich mit einem Geschäftspartner oder aktivieren Sie weitere Dienste mit einem Einladungscode.',
    hint: 'Fügen Sie den Code aus Ihrer Einladung ein. Er hat 32 Zeichen (Ziffern und die Buchstaben a–f) in fünf Gruppen, getrennt durch Bindestriche.',
    label: 'Einladungscode',
    required: 'Pflichtfeld, bitte ausfüllen.',
    format: 'Das ist kein Einladungscode: Er enthält nur Ziffern, die Buchstaben a–f und Bindestriche.',
    incomplete: 'Der Code ist unvollständig.',
    looksRight: 'Der Code ist vollständig.',
    submit: 'Verwenden',
    submitting: 'Wird geprüft…',
    joined: (group) => `Sie sind jetzt Mitglied von ${group}.`,
    rolesAdded: (group) => `Sie haben neue Rollen in ${group}.`,
    alreadyMember: (group) => `Sie sind bereits Mitglied von ${group}.`,
    notUsed: 'Dieser Code gibt Ihnen keine Rolle, die Sie nicht schon haben. Er wurde nicht verwendet und gilt weiter für jemand anderen.',
    rolesLine: (roles) => `Ihre Rollen: ${roles}`,
    adminNote: 'Sie können jetzt weitere Benutzer dieser Gruppe einladen und verwalten.',
    another: 'Weiteren Code verwenden',
    pasted: 'Der Code wurde aus dem eingefügten Text übernommen.',
  },
};

export default strings;
