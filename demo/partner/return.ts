/**
 * The return page (registered for TZBV). Popup mode: hand the URL to the opener, which
 * completes the trip itself. Redirect mode: check state and iss, exchange the code (PKCE) with
 * the SDK, then read the installation with the token.
 */
import { completeAccessRequest, deliverPopupResult, isGrantkitError } from '@grantkit/sdk';
import { h } from '../src/dom.js';
import { readInstallation, renderReading, saveConnection } from './connection.js';

const title = document.querySelector<HTMLElement>('#title')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const connectionBox = document.querySelector<HTMLElement>('#connection')!;

function show(kind: 'good' | 'bad' | 'info', testid: string, heading: string, text: string): void {
  title.textContent = heading;
  outcome.replaceChildren(h('p', { class: `notice notice--${kind}`, 'data-testid': testid }, text));
}

async function main(): Promise<void> {
  if (deliverPopupResult()) {
    show('info', 'popup-delivered', 'All set', 'You can close this window; Acme Energy continues in the first one.');
    return;
  }
  const url = location.href;
  // The code is single use: take it out of the address bar and history at once.
  history.replaceState(null, '', location.pathname);
  try {
    const result = await completeAccessRequest({ url });
    if (result.status === 'denied') {
      show('bad', 'outcome-denied', 'No access given', 'You declined the access request. Nothing was shared with Acme Energy.');
      return;
    }
    show('good', 'outcome-approved', 'Thank you!', 'Access approved. Acme Energy can now manage your installation.');
    if (!result.tokens) return;
    const connection = { installation_id: result.installation_id, grant_id: result.grant_id, access_token: result.tokens.access_token, connected_at: new Date().toISOString() };
    saveConnection(connection);
    connectionBox.replaceChildren(h('p', { class: 'muted' }, 'Reading your installation…'));
    connectionBox.replaceChildren(renderReading(await readInstallation(connection)));
  } catch (error) {
    if (isGrantkitError(error, 'missing_transaction')) {
      show('info', 'outcome-none', 'Nothing to finish', 'This page was opened without a connection in progress (or it was finished already).');
    } else {
      const message = error instanceof Error ? error.message : String(error);
      show('bad', 'outcome-error', 'Something went wrong', message);
    }
  }
}

void main();
