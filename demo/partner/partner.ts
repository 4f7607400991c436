/**
 * The Acme Energy home page: configures the `<gk-access-button>`s (platform URL, return page,
 * optional installation and language), shows the popup's or the embedded dialog's outcome, and
 * the connected installation read with the stored token.
 */
import '@grantkit/elements/define';
import { completeAccessRequest, type PopupResult } from '@grantkit/sdk';
import { DEMO_INSTALLATIONS, LANGUAGES, RETURN_URL, SERVER_URL } from '../src/config.js';
import { h } from '../src/dom.js';
import { forgetConnection, loadConnection, readInstallation, renderReading, saveConnection } from './connection.js';
import { watchLiveEvents } from './live-events.js';

const installation = document.querySelector<HTMLSelectElement>('#installation')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const showExisting = document.querySelector<HTMLInputElement>('#show-existing')!;
const buttons = [...document.querySelectorAll('gk-access-button')];
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const connectionBox = document.querySelector<HTMLElement>('#connection')!;

for (const i of DEMO_INSTALLATIONS) installation.append(h('option', { value: i.id }, i.name));
for (const l of LANGUAGES) language.append(h('option', { value: l.tag }, l.name));

function configure(): void {
  for (const button of buttons) {
    button.setAttribute('server', SERVER_URL);
    button.setAttribute('return-url', RETURN_URL);
    button.setAttribute('locale', language.value);
    if (installation.value) button.setAttribute('installation-id', installation.value);
    else button.removeAttribute('installation-id');
    button.toggleAttribute('show-existing', showExisting.checked);
  }
}
for (const control of [installation, language, showExisting]) control.addEventListener('change', configure);
configure();

export async function showConnection(): Promise<void> {
  const connection = loadConnection();
  if (!connection) {
    connectionBox.replaceChildren(h('p', { class: 'muted', 'data-testid': 'not-connected' }, 'No installation connected yet.'));
    return;
  }
  connectionBox.replaceChildren(h('p', { class: 'muted' }, 'Reading your installation…'));
  const reading = await readInstallation(connection);
  const refresh = h('button', { class: 'button', type: 'button', 'data-testid': 'refresh' }, 'Refresh');
  refresh.addEventListener('click', () => void showConnection());
  const forget = h('button', { class: 'button', type: 'button' }, 'Disconnect here');
  forget.addEventListener('click', () => {
    forgetConnection();
    outcome.replaceChildren();
    void showConnection();
watchLiveEvents(document.querySelector<HTMLElement>('#live-events')!, connectionBox);
  });
  connectionBox.replaceChildren(renderReading(reading, connection), h('div', { class: 'actions' }, refresh, forget));
}

// Popup and embedded modes: the element dispatches the checked outcome; an approval's code is
// exchanged here (PKCE, the verifier kept in this tab), as return.ts does in redirect mode.
async function onPopupResult(result: PopupResult, where: 'popup' | 'dialog'): Promise<void> {
  switch (result.status) {
    case 'approved': {
      outcome.replaceChildren(h('p', { class: 'notice notice--good', 'data-testid': 'outcome-approved' }, where === 'popup' ? 'Access approved in the popup. Thank you!' : 'Access approved. Thank you!'));
      // The card below still shows the previous connection until the code is exchanged: say so
      // rather than show the old installation beside the new approval.
      connectionBox.replaceChildren(h('p', { class: 'muted' }, 'Finishing the connection…'));
      try {
        const completed = await completeAccessRequest({ url: result.url });
        if (completed.status === 'approved' && completed.tokens?.access_token) {
          saveConnection({ installation_id: completed.installation_id, grant_id: completed.grant_id, access_token: completed.tokens.access_token, connected_at: new Date().toISOString(), scope: completed.tokens.scope });
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outcome.append(h('p', { class: 'notice notice--bad', 'data-testid': 'outcome-error' }, `Could not get an access token: ${message}`));
      }
      await showConnection();
      break;
    }
    case 'denied':
      outcome.replaceChildren(h('p', { class: 'notice notice--bad', 'data-testid': 'outcome-denied' }, 'You declined the access request. Nothing was shared.'));
      break;
    case 'cancelled':
      outcome.replaceChildren(
        h(
          'p',
          { class: 'notice notice--info', 'data-testid': 'outcome-cancelled' },
          result.error ? 'You went back without deciding. Nothing was shared.' : `The ${where === 'popup' ? 'window' : 'dialog'} was closed before you decided. Nothing was shared.`,
        ),
      );
      break;
    case 'already_shared':
      outcome.replaceChildren(h('p', { class: 'notice notice--good', 'data-testid': 'outcome-already-shared' }, "You're already connected: this installation is shared with Acme Energy."));
      break;
    case 'expired':
      outcome.replaceChildren(h('p', { class: 'notice notice--bad', 'data-testid': 'outcome-expired' }, 'The link expired before you decided. Try again: press the button for a new link.'));
      break;
    case 'redirected':
      // Popup blocked: the SDK continues in this tab; return.html finishes the trip.
      break;
  }
}
document.querySelector('#popup-button')!.addEventListener('gk-access-result', (event) => void onPopupResult((event as CustomEvent<PopupResult>).detail, 'popup'));
document.querySelector('#embedded-button')!.addEventListener('gk-access-result', (event) => void onPopupResult((event as CustomEvent<PopupResult>).detail, 'dialog'));

void showConnection();
watchLiveEvents(document.querySelector<HTMLElement>('#live-events')!, connectionBox);
