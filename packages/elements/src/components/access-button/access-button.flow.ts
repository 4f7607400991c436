/**
 * @module
 * The SDK's browser flow (start with PKCE, the popup and its return-trip checks, without the code
 * exchange, which the page does with `completeAccessRequest`), loaded by `<gk-access-button>` when
 * it connects rather than with its first render: neither mode needs it before the first click.
 */
export { openAccessRequestPopup, startAccessRequest } from '@grantkit/sdk';
