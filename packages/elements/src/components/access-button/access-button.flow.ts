/**
 * @module
 * The SDK's browser flow (start, popup, return-trip completion with the PKCE code exchange),
 * loaded by `<gk-access-button>` when it connects rather than with its first render. It is most
 * of the button's weight, and neither mode needs it before the first click.
 */
export { openAccessRequestPopup, startAccessRequest } from '@grantkit/sdk';
