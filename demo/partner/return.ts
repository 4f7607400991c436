/**
 * The return page (registered for TZBV). Popup mode: hand the URL to the opener, which
 * completes the trip itself. Redirect mode: check state and iss, exchange the code (PKCE) with
 * the SDK, then read the installation with the token.
 */
import { completeAccessRequest, deliverPopupResult, isGrantkitError } from '@grantkit/sdk';
import { h } from '../src/dom.js';
import { loadConnection, readInstallation, renderReading, saveConnection } from './connection.js';

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
  // The code is single use: take it out of the address bar and history at once. The rest stays,
  // so that a reload finds the same return and the SDK repeats its outcome.
  const visible = new URL(url);
  visible.searchParams.delete('code');
  history.replaceState(null, '', visible.pathname + visible.search);
  try {
    const result = await completeAccessRequest({ url });
    switch (result.status) {
      case 'denied':
        return show('bad', 'outcome-denied', 'No access given', 'You declined the access request. Nothing was shared with Acme Energy.');
      case 'already_shared':
        return show('good', 'outcome-already-shared', "You're already connected", 'This installation is already shared with Acme Energy. Nothing changed.');
      case 'cancelled':
        return show('info', 'outcome-cancelled', 'Nothing shared', 'You went back without deciding. Nothing was shared with Acme Energy.');
      case 'expired':
        show('bad', 'outcome-expired', 'The link expired', 'The link expired before you decided. Try again: it takes a new link.');
        outcome.append(h('p', {}, h('a', { class: 'button', href: '/partner/', 'data-testid': 'retry' }, 'Try again')));
        return;
    }
    show('good', 'outcome-approved', 'Thank you!', 'Access approved. Acme Energy can now manage your installation.');
    // A reload repeats the outcome without tokens: show the connection this page kept.
    const kept = loadConnection();
    if (result.repeated) {
      if (kept?.grant_id === result.grant_id) connectionBox.replaceChildren(renderReading(await readInstallation(kept), kept));
      return;
    }
    if (!result.tokens) return;
    const connection = { installation_id: result.installation_id, grant_id: result.grant_id, access_token: result.tokens.access_token, connected_at: new Date().toISOString(), scope: result.tokens.scope };
    saveConnection(connection);
    connectionBox.replaceChildren(h('p', { class: 'muted' }, 'Reading your installation…'));
    connectionBox.replaceChildren(renderReading(await readInstallation(connection), connection));
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
