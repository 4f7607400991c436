/**
 * @module
 * Norwegian (Bokmål) strings of <gk-access-button>, loaded lazily (see ../../../i18n/catalogue.ts).
 */
import type { AccessButtonStrings } from './en.js';

const accessButton: AccessButtonStrings = {
  label: 'Koble til anlegget ditt',
  labelFor: (partner) => `Gi ${partner} tilgang`,
  opening: 'Åpner…',
  waiting: 'Venter på svaret ditt i det andre vinduet…',
  waitingHere: 'Venter på svaret ditt …',
  fellBack: 'Dette nettstedet kan ikke vise forespørselen her, så den ble åpnet i et eget vindu.',
  dialogTitle: 'Tilgangsforespørsel',
  close: 'Lukk',
  approved: 'Tilgang godkjent.',
  denied: 'Tilgangen ble avslått.',
  cancelled: 'Vinduet ble lukket før en avgjørelse.',
  wentBack: 'Du gikk tilbake uten å bestemme deg. Ingenting ble delt.',
  alreadyShared: 'Allerede delt: du er tilkoblet.',
  expired: 'Lenken utløp før en avgjørelse. Prøv igjen.',
  invalid: (detail) => `Denne knappen er ikke riktig satt opp: ${detail}`,
  failed: 'Kunne ikke starte tilgangsforespørselen. Prøv igjen.',
};

export default { accessButton };
