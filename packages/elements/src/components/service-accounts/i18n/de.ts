/**
 * @module
 * German strings of `<gk-service-accounts>`.
 */
import { formatDate } from '../../../i18n/format.js';
import type { ServiceAccountStrings } from './en.js';
import { plural } from '../../../i18n/plural.js';

const de: ServiceAccountStrings = {
  title: 'Dienstkonten',
  intro: 'Mit Dienstkonten rufen Ihre Systeme die API ohne persönliches Benutzerkonto auf (OAuth Client Credentials).',
  loading: 'Wird geladen…',
  empty: 'Noch keine Dienstkonten.',
  missingGroup: 'Keine Gruppe ausgewählt.',
  create: 'Dienstkonto erstellen',
  col: { name: 'Name', clientId: 'Client-ID', dataSet: 'Datensatz', created: 'Erstellt', lastUsed: 'Zuletzt verwendet', actions: 'Aktionen' },
  allInstallations: 'Alle freigegebenen Installationen',
  never: 'Nie',
  date: (iso) => formatDate('de', iso),
  form: {
    heading: 'Neues Dienstkonto',
    name: 'Name',
    dataSet: 'Datensatz',
    dataSetHint: 'Optional: Beschränken Sie das Konto auf eine für Ihre Gruppe freigegebene Installation.',
    secretLegend: 'Geheimnis',
    generated: 'Geheimnis erzeugen (empfohlen)',
    chosen: 'Passwort selbst wählen',
    password: 'Passwort',
    passwordHint: 'Mindestens 12 Zeichen, mit drei von: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen.',
    submit: 'Erstellen',
    creating: 'Wird erstellt…',
    cancel: 'Abbrechen',
    nameRequired: 'Geben Sie dem Dienstkonto einen Namen.',
  },
  secret: {
    heading: (name) => `Zugangsdaten von ${name}`,
    warning: 'Kopieren Sie das Geheimnis jetzt und bewahren Sie es sicher auf. Es wird nur dieses eine Mal angezeigt; wenn Sie es verlieren, erzeugen Sie ein neues.',
    passwordNote: 'Verwenden Sie das gewählte Passwort als Client-Geheimnis. Es wird nicht erneut angezeigt.',
    clientId: 'Client-ID',
    clientSecret: 'Client-Geheimnis',
    tokenEndpoint: 'Token-Endpunkt',
    copy: 'Kopieren',
    copyLabel: (what) => `${what} kopieren`,
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren nicht möglich; markieren und kopieren Sie den Text selbst.',
    done: 'Ich habe es gespeichert',
  },
  actions: {
    regenerate: 'Neu erzeugen',
    regenerateLabel: (name) => `Geheimnis von ${name} neu erzeugen`,
    regenerateConfirm: (name) => `Ein neues Geheimnis für ${name} erzeugen?`,
    grace: 'Altes Geheimnis gültig lassen für',
    graceNone: 'Keine Zeit (es funktioniert ab sofort nicht mehr)',
    graceHours: (hours) =>
      hours % 24 === 0 ? plural('de', hours / 24, { one: '# Tag', other: '# Tage' }) : plural('de', hours, { one: '# Stunde', other: '# Stunden' }),
    password: 'Passwort ändern',
    passwordLabel: (name) => `Passwort ändern: ${name}`,
    newPassword: 'Neues Passwort',
    save: 'Speichern',
    delete: 'Löschen',
    deleteLabel: (name) => `${name} löschen`,
    deleteConfirm: (name) => `${name} löschen? Seine Tokens funktionieren sofort nicht mehr.`,
    cancel: 'Abbrechen',
    working: 'Bitte warten…',
  },
  status: {
    created: (name) => `${name} wurde erstellt.`,
    regenerated: (name) => `Für ${name} wurde ein neues Geheimnis erzeugt.`,
    passwordChanged: (name) => `Das Passwort von ${name} wurde geändert.`,
    deleted: (name) => `${name} wurde gelöscht.`,
  },
  errors: {
    not_group_admin: 'Nur Administratoren dieser Gruppe können ihre Dienstkonten verwalten.',
    not_found: 'Dieses Dienstkonto existiert nicht mehr.',
    service_account_name_taken: 'Ihre Gruppe hat bereits ein Dienstkonto mit diesem Namen.',
    weak_password: 'Dieses Passwort ist zu schwach.',
    unauthenticated: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
    validation: 'Prüfen Sie die markierten Felder.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    server: 'Etwas ist schiefgelaufen. Versuchen Sie es später erneut.',
  },
};

export default de;
