/**
 * @module
 * de strings of <gk-invite-codes> (with the shared sections), loaded lazily.
 */
import common from './common/de.js';
import type { InvitationStrings } from './strings.js';
import { plural } from '../../../i18n/plural.js';

const strings: Pick<InvitationStrings, keyof typeof common | 'invite'> = {
  ...common,
  invite: {
    createTitle: 'Einladungscodes erstellen',
    createIntro: 'Sie können bis zu zehn gleichwertige Codes auf einmal erstellen. Der Empfänger muss den Code verwenden, bevor er abläuft.',
    count: 'Anzahl Einladungscodes',
    countError: 'Erstellen Sie 1 bis 10 Codes auf einmal.',
    validity: 'Gültigkeit (1-90 Tage)',
    validityError: 'Geben Sie eine ganze Zahl von 1 bis 90 Tagen ein.',
    group: 'Gruppe auswählen',
    rolesTitle: 'Benutzerrollen pro Einladungscode',
    rolesIntro: 'Weisen Sie den Codes die Rollen zu, die Ihre Benutzer erhalten sollen.',
    create: 'Einladungscodes erstellen',
    creating: 'Wird erstellt…',
    close: 'Schließen',
    createdTitle: 'Die folgenden Einladungscodes wurden erstellt.',
    createdNote: 'Mit diesen Codes werden Zugriffsrechte vergeben. Um Missbrauch zu vermeiden, geben Sie jeden Code sicher weiter: Nur berechtigte Personen dürfen ihn sehen und verwenden.',
    createdOnce: 'Nur angemeldete Benutzer können einen Einladungscode verwenden, und nur einmal.',
    validUntil: (date) => `Gültig bis: ${date}`,
    createdAnnouncement: (n) => plural('de', n, { one: '# Einladungscode erstellt.', other: '# Einladungscodes erstellt.' }),
    noGroups: 'Sie verwalten keine Gruppe und können daher niemanden einladen.',
    loading: 'Wird geladen…',
  },

};

export default strings;
