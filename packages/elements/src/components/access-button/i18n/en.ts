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
  readonly approved: string;
  readonly denied: string;
  readonly cancelled: string;
  readonly invalid: (detail: string) => string;
  readonly failed: string;
}

const accessButton: AccessButtonStrings = {
  label: 'Connect your installation',
  labelFor: (partner) => `Give ${partner} access`,
  opening: 'Opening…',
  waiting: 'Waiting for your answer in the other window…',
  approved: 'Access approved.',
  denied: 'Access was denied.',
  cancelled: 'The window was closed before a decision.',
  invalid: (detail) => `This button is not set up correctly: ${detail}`,
  failed: 'Could not start the access request. Please try again.',
};

export default { accessButton };
