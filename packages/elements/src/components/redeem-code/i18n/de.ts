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
    hint: (example) => `Einladungscodes haben dieses Format: ${example}`,
    label: 'Einladungscode',
    required: 'Pflichtfeld, bitte ausfüllen.',
    format: (example) => `Das entspricht nicht dem Format ${example} (Buchstaben a–f und Ziffern).`,
    incomplete: 'Der Code ist unvollständig.',
    looksRight: 'Das Format stimmt.',
    submit: 'Verwenden',
    submitting: 'Wird geprüft…',
    joined: (group) => `Sie sind jetzt Mitglied von ${group}.`,
    rolesLine: (roles) => `Ihre Rollen: ${roles}`,
    adminNote: 'Sie können jetzt weitere Benutzer dieser Gruppe einladen und verwalten.',
    another: 'Weiteren Code verwenden',
    pasted: 'Der Code wurde aus dem eingefügten Text übernommen.',
  },
};

export default strings;
