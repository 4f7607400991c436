/**
 * @module
 * The SDK's embedded flow (a modal dialog framing the platform's consent, falling back to the
 * popup), loaded by `<gk-access-button mode="embedded">` only: the other modes never download it.
 */
export { openAccessRequestEmbedded } from '@grantkit/sdk';
