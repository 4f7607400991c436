/**
 * @module
 * What the Acme Energy site does with a grant: keep the access token of the connected
 * installation (in localStorage, demo only — a real partner keeps tokens on its backend), and
 * read the installation and its charging history from the platform API with it.
 */
import { ApiError, createApiClient, type ChargingSession, type InstallationDetails } from '@grantkit/sdk';
import { SERVER_URL } from '../src/config.js';
import { formatDateTime, h } from '../src/dom.js';

const KEY = 'acme:connection';

export interface Connection {
  readonly installation_id: string;
  readonly grant_id: string;
  readonly access_token: string;
  readonly connected_at: string;
  /** What the token allows (its `scope`), e.g. `installation:read` for monitoring only. */
  readonly scope?: string;
}

export function saveConnection(connection: Connection): void {
  localStorage.setItem(KEY, JSON.stringify(connection));
}

export function loadConnection(): Connection | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Connection) : null;
  } catch {
    return null;
  }
}

export function forgetConnection(): void {
  localStorage.removeItem(KEY);
}

export type Reading =
  | { readonly kind: 'ok'; readonly installation: InstallationDetails; readonly history: readonly ChargingSession[] }
  | { readonly kind: 'no_access'; readonly reason: 'not_found' | 'invalid_token' }
  | { readonly kind: 'error'; readonly message: string };

/** Reads the installation and its last sessions with the bearer token (CORS, no cookies). */
export async function readInstallation(connection: Connection): Promise<Reading> {
  const api = createApiClient({ baseUrl: SERVER_URL, credentials: { bearer: connection.access_token } });
  try {
    const [installation, history] = await Promise.all([
      api.getInstallation(connection.installation_id),
      api.getChargingHistory(connection.installation_id, { limit: 10 }),
    ]);
    return { kind: 'ok', installation, history: history.items };
  } catch (error) {
    // A token bound to a revoked grant is refused (401 invalid_token); without a grant the
    // installation answers 404 (the platform never says whether it exists).
    if (error instanceof ApiError && error.status === 404) return { kind: 'no_access', reason: 'not_found' };
    if (error instanceof ApiError && error.status === 401) return { kind: 'no_access', reason: 'invalid_token' };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Tries to change the installation's max current with the token, to show what the grant allows:
 * a monitoring-only grant is refused with 403 `insufficient_scope` (RFC 6750 §3.1).
 */
function settingsProbe(connection: Connection, current: number): HTMLElement {
  const result = h('p', { 'data-testid': 'settings-result', role: 'status' });
  const next = current === 16 ? 20 : 16;
  const button = h('button', { class: 'button', type: 'button', 'data-testid': 'change-settings' }, `Set max current to ${next} A`);
  button.addEventListener('click', async () => {
    const api = createApiClient({ baseUrl: SERVER_URL, credentials: { bearer: connection.access_token } });
    try {
      const changed = await api.updateInstallationSettings(connection.installation_id, { max_current_a: next });
      result.className = 'notice notice--good';
      result.textContent = `Max current is now ${changed.settings.max_current_a} A.`;
    } catch (error) {
      result.className = 'notice notice--bad';
      result.textContent =
        error instanceof ApiError && error.code === 'insufficient_scope'
          ? `Refused (${error.status} ${error.code}): you allowed Acme Energy to view this installation, not to change its settings.`
          : `Could not change the settings: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  return h('div', { class: 'probe' }, h('h3', {}, 'Load management'), h('div', { class: 'actions' }, button), result);
}

/** Renders a reading as the partner's dashboard card (with the settings probe when the connection is given). */
export function renderReading(reading: Reading, connection?: Connection): HTMLElement {
  if (reading.kind === 'no_access') {
    return h(
      'div',
      { class: 'notice notice--bad', 'data-testid': 'no-access' },
      h('strong', {}, 'No access. '),
      reading.reason === 'not_found'
        ? 'The platform no longer shows this installation to Acme Energy: the access was revoked.'
        : 'The platform refused our access token: the access was revoked, or the token expired.',
      ' Ask the customer to connect again.',
    );
  }
  if (reading.kind === 'error') {
    return h('div', { class: 'notice notice--bad', 'data-testid': 'read-error' }, h('strong', {}, 'Could not reach the platform. '), reading.message);
  }
  const { installation, history } = reading;
  const chargerName = new Map(installation.chargers.map((c) => [c.id, c.name]));
  const total = history.reduce((sum, s) => sum + s.energy_kwh, 0);
  return h(
    'section',
    { class: 'card', 'data-testid': 'installation', 'aria-labelledby': 'installation-name' },
    h('h2', { id: 'installation-name' }, installation.name),
    h('p', { class: 'muted' }, installation.address),
    h(
      'dl',
      { class: 'facts' },
      h('div', {}, h('dt', {}, 'Chargers'), h('dd', {}, installation.chargers.length)),
      h('div', {}, h('dt', {}, 'Max current'), h('dd', {}, `${installation.settings.max_current_a} A`)),
      h('div', {}, h('dt', {}, 'Last 10 sessions'), h('dd', {}, `${total.toFixed(1)} kWh`)),
      ...(connection?.scope ? [h('div', {}, h('dt', {}, 'Allowed'), h('dd', { 'data-testid': 'scope' }, connection.scope.split(' ').join(', ')))] : []),
    ),
    h('h3', {}, 'Charging history'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { 'data-testid': 'history', class: 'cards-on-phone' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Started'), h('th', { scope: 'col' }, 'Charger'), h('th', { scope: 'col', class: 'num' }, 'Energy'))),
        h(
          'tbody',
          {},
          ...history.map((s) =>
            h(
              'tr',
              {},
              h('td', { 'data-label': 'Started' }, formatDateTime(s.started_at)),
              h('td', { 'data-label': 'Charger' }, chargerName.get(s.charger_id) ?? s.charger_id),
              h('td', { 'data-label': 'Energy', class: 'num' }, `${s.energy_kwh.toFixed(1)} kWh`),
            ),
          ),
        ),
      ),
    ),
    ...(connection ? [settingsProbe(connection, installation.settings.max_current_a ?? 16)] : []),
  );
}
