/**
 * @module http/pages/i18n/de
 * German; the permissions use the wording of the Zaptec help page (../shared/seeds/001_*).
 */
import type { PageMessages } from './en.js';

const de: PageMessages = {
  lang: 'de',
  productName: 'grantkit',
  login: {
    title: 'Anmelden',
    heading: (platform) => `Bei ${platform} anmelden`,
    requestIntro: (requester) => `${requester} bittet um Zugriff auf eine Ihrer Installationen. Melden Sie sich an, um die Zugriffsanforderung zu überprüfen.`,
    email: 'E-Mail',
    password: 'Passwort',
    submit: 'Anmelden',
    invalidCredentials: 'E-Mail oder Passwort ist nicht korrekt.',
    rateLimited: (seconds) => `Zu viele Versuche. Versuchen Sie es in ${seconds} Sekunden erneut.`,
    missingFields: 'Geben Sie Ihre E-Mail und Ihr Passwort ein.',
  },
  consent: {
    title: 'Zugriffsanforderung',
    expiresAt: (time) => `Diese Anforderung läuft um ${time} ab.`,
    loggedInAs: (name) => `Angemeldet als ${name}`,
    logout: 'Abmelden',
  },
  receipt: {
    title: 'Fertig',
    approved: (group, installation) => `Zugriff genehmigt: ${group} kann jetzt ${installation} verwalten.`,
    denied: (group) => `Sie haben die Anforderung von ${group} verweigert.`,
    alreadyShared: (group) => `Sie sind ohne Freigabe zu ${group} zurückgekehrt: ${group} hat bereits Zugriff.`,
    cancelled: (group) => `Sie sind zu ${group} zurückgekehrt, ohne etwas freizugeben.`,
    close: 'Sie können diese Seite schließen.',
    answeredTitle: 'Sie haben diese Anforderung bereits beantwortet',
    alreadyApproved: (group, installation) => `Sie haben ${installation} bereits für ${group} freigegeben.`,
    alreadyDenied: (group) => `Sie haben die Anforderung von ${group} abgelehnt. Es wurde nichts freigegeben.`,
    expired: (group) => `Die Anforderung von ${group} ist abgelaufen, bevor sie beantwortet wurde. Es wurde nichts freigegeben.`,
    startAgain: (group) => `Kehren Sie zu ${group} zurück, um neu zu beginnen.`,
  },
  embedded: {
    returning: (group) => `Zurück zu ${group} …`,
    waiting: 'Genehmigen wird verfügbar, sobald diese Anfrage einen Moment lang vollständig sichtbar war.',
    covered: 'Genehmigen ist angehalten: Etwas auf der umgebenden Seite verdeckt, versteckt oder verändert diese Anfrage. Sorgen Sie dafür, dass sie vollständig sichtbar ist.',
    tooSmall: 'Dieser Bereich ist zu klein, um die Anfrage sicher anzuzeigen. Öffnen Sie sie in einem eigenen Fenster.',
  },
  errors: {
    title: 'Dieser Link kann nicht verwendet werden',
    unknownLookupKey: (key) => `Kein Partner hat den Suchschlüssel „${key}“. Prüfen Sie den Link oder bitten Sie den Partner um einen neuen.`,
    badRequestIntro: 'Der Link, über den Sie hierher gekommen sind, ist ungültig:',
    fields: {
      installation_id: 'Die Installation im Link ist keine gültige Installations-ID.',
      locale: 'Die Sprache im Link wird nicht unterstützt (en, fr, de, pt oder nb).',
      return_url: 'Die Weiterleitungs-URL im Link ist für diesen Partner nicht registriert.',
      partner_name: 'Der Partnername im Link ist zu lang.',
      show_existing: 'Der Wert show_existing im Link muss true oder false sein.',
      state: 'Der Wert state im Link ist zu lang.',
      code_challenge: 'Die Sicherheitsprüfung (code_challenge) im Link ist ungültig.',
      code_challenge_method: 'Die Methode der Sicherheitsprüfung wird nicht unterstützt (nur S256).',
      display: 'Der display-Wert im Link wird nicht unterstützt (page, popup oder embedded).',
      'display.not_embeddable': 'Dieser Partner hat seine Website nicht dafür registriert, diese Anfrage in der eigenen Seite anzuzeigen. Öffnen Sie den Link in einem eigenen Fenster.',
    },
    expired: 'Diese Zugriffsanforderung ist abgelaufen.',
    decided: 'Diese Zugriffsanforderung wurde bereits beantwortet.',
    notFound: 'Diese Zugriffsanforderung gibt es nicht.',
    generic: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
    askPartner: 'Bitten Sie den Partner, Ihnen einen neuen Link zu senden.',
    pageNotFoundTitle: 'Seite nicht gefunden',
    pageNotFound: 'Unter dieser Adresse gibt es keine Seite. Prüfen Sie den Link, dem Sie gefolgt sind.',
    methodNotAllowedTitle: 'Diese Seite kann so nicht verwendet werden',
    methodNotAllowed: 'Diese Adresse nimmt diese Art von Anfrage nicht an. Gehen Sie zurück und versuchen Sie es erneut.',
    home: 'Zur Startseite',
  },
};

export default de;
