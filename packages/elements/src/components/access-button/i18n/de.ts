/**
 * @module
 * German strings of <gk-access-button>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { AccessButtonStrings } from './en.js';

const accessButton: AccessButtonStrings = {
  label: 'Installation verbinden',
  labelFor: (partner) => `${partner} Zugriff gewähren`,
  opening: 'Wird geöffnet…',
  waiting: 'Wir warten auf Ihre Antwort im anderen Fenster…',
  waitingHere: 'Warten auf Ihre Antwort …',
  fellBack: 'Diese Website kann die Anfrage hier nicht anzeigen, deshalb wurde sie in einem eigenen Fenster geöffnet.',
  dialogTitle: 'Zugriffsanfrage',
  close: 'Schließen',
  approved: 'Zugriff genehmigt.',
  denied: 'Der Zugriff wurde verweigert.',
  cancelled: 'Das Fenster wurde vor einer Entscheidung geschlossen.',
  wentBack: 'Sie sind ohne Entscheidung zurückgekehrt. Nichts wurde geteilt.',
  alreadyShared: 'Bereits geteilt: Sie sind verbunden.',
  expired: 'Der Link ist vor einer Entscheidung abgelaufen. Bitte versuchen Sie es erneut.',
  invalid: (detail) => `Diese Schaltfläche ist nicht richtig eingerichtet: ${detail}`,
  failed: 'Die Zugriffsanforderung konnte nicht gestartet werden. Bitte versuchen Sie es erneut.',
};

export default { accessButton };
