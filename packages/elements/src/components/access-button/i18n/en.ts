/**
 * @module
 * English strings of <gk-access-button>, loaded lazily (see ../../../i18n/catalogue.ts).
 */

/** Strings of <gk-access-button>. */
export interface AccessButtonStrings {
  readonly label: string;
  readonly labelFor: (partner: string) => string;
  readonly opening: string;
  readonly waiting: string;
  /** Embedded mode: the consent is open in a dialog on this page. */
  readonly waitingHere: string;
  /** Embedded mode gave way to a separate window. */
  readonly fellBack: string;
  /** The embedded dialog's accessible name and its close button. */
  readonly dialogTitle: string;
  readonly close: string;
  readonly approved: string;
  readonly denied: string;
  readonly cancelled: string;
  /** The customer went back from the consent page without deciding. */
  readonly wentBack: string;
  readonly alreadyShared: string;
  readonly expired: string;
  readonly invalid: (detail: string) => string;
  readonly failed: string;
}

const accessButton: AccessButtonStrings = {
  label: 'Connect your installation',
  labelFor: (partner) => `Give ${partner} access`,
  opening: 'Opening…',
  waiting: 'Waiting for your answer in the other window…',
  waitingHere: 'Waiting for your answer…',
  fellBack: 'This site cannot show the request here, so it opened in a separate window.',
  dialogTitle: 'Access request',
  close: 'Close',
  approved: 'Access approved.',
  denied: 'Access was denied.',
  cancelled: 'The window was closed before a decision.',
  wentBack: 'You went back without deciding. Nothing was shared.',
  alreadyShared: "Already shared: you're connected.",
  expired: 'The link expired before a decision. Please try again.',
  invalid: (detail) => `This button is not set up correctly: ${detail}`,
  failed: 'Could not start the access request. Please try again.',
};

export default { accessButton };
