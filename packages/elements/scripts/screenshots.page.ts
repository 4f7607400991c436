/**
 * @module
 * The page the screenshot script serves: `<gk-consent>` (or `<gk-installation-access>` with
 * `?element=access`) backed by a static fixture client (the
 * same shape the SDK's client returns), so the shots need neither a server nor a worker.
 */
import type { AccessRequestView, Grant } from '@grantkit/sdk/types';
import '../src/define.js';

const logo =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0f766e"/><path d="M35 10 18 36h12l-3 18 19-28H34z" fill="#fff"/></svg>',
  );

const params = new URLSearchParams(location.search);
const locale = (params.get('locale') ?? 'en') as AccessRequestView['locale'];
const state = params.get('state') ?? 'ready';

const view: AccessRequestView = {
  id: 'ar_demo',
  status: 'pending',
  group: { id: 'grp_acme', name: 'Acme Energy', logo_url: logo, lookup_key: 'TZBV' },
  partner_name: 'Acme Energy',
  permissions: ['installation:read', 'installation:settings', 'chargers:control'],
  installations_next_cursor: null,
  named_installation: null,
  situation: 'choose',
  installations: [
    { id: 'ins_home', name: 'Home', address: '1 Fjord Road, 0150 Oslo', already_shared: false, held_permissions: [] },
    { id: 'ins_cabin', name: 'Cabin at Geilo', address: '7 Mountain Path, 3580 Geilo', already_shared: true, held_permissions: ['installation:read', 'installation:settings', 'chargers:control'] },
  ],
  preselected_installation_id: 'ins_home',
  locale,
  return_url: 'https://acme.example/return',
  show_existing: true,
  expires_at: new Date(Date.now() + 600_000).toISOString(),
};

const problem = (status: number, code: string) => Object.assign(new Error(code), { code, status });
const client = {
  getAccessRequest: async () => {
    if (state === 'expired') throw problem(410, 'access_request_expired');
    return view;
  },
  approveAccessRequest: async () => ({ redirect_url: 'https://acme.example/return?success=true', grant_id: 'grt_1' }),
  denyAccessRequest: async () => ({ redirect_url: 'https://acme.example/return?success=false' }),
  listAccessRequestInstallations: async () => ({ items: view.installations, next_cursor: null }),
  cancelAccessRequest: async () => ({ redirect_url: 'https://acme.example/return?success=false&error=cancelled' }),
  listInstallationAccess: async () => ({
    items: [
      { kind: 'user' as const, id: 'usr_owner', name: 'Olivia Owner', email: 'owner@example.com', role: 'owner' as const, since: '2025-03-01T09:00:00Z', granted_by: null },
      { kind: 'user' as const, id: 'usr_admin', name: 'Henrik Admin', email: 'henrik@example.com', role: 'admin' as const, since: '2025-06-12T09:00:00Z', granted_by: { id: 'usr_owner', name: 'Olivia Owner' } },
      { kind: 'group' as const, id: 'grp_acme', name: 'Acme Energy', lookup_key: 'TZBV', logo_url: null, grant_id: 'grt_1', granted_at: '2026-11-02T10:00:00Z', since: '2026-11-02T10:00:00Z', granted_by: { id: 'usr_owner', name: 'Olivia Owner' } },
      { kind: 'group' as const, id: 'grp_volt', name: 'Volt Installers', lookup_key: 'K7QM', logo_url: null, grant_id: 'grt_2', granted_at: '2026-10-14T08:30:00Z', since: '2026-10-14T08:30:00Z', granted_by: null },
    ],
    next_cursor: null,
  }),
  listGrants: async () => ({
    items: [
      { id: 'grt_1', permissions: ['installation:read', 'installation:settings', 'chargers:control'] },
      { id: 'grt_2', permissions: ['installation:read'] },
    ] as unknown as Grant[],
    next_cursor: null,
  }),
  updateGrant: async () => ({ id: 'grt_1', permissions: ['installation:read'] }) as unknown as Grant,
  deleteGrant: async () => undefined,
};

if (params.get('element') === 'access') {
  const access = document.createElement('gk-installation-access');
  access.client = client;
  access.setAttribute('locale', locale);
  access.setAttribute('installation-id', 'ins_home');
  document.querySelector('gk-consent')!.replaceWith(access);
  if (state === 'confirm') {
    void access.updateComplete.then(() => access.shadowRoot!.querySelector<HTMLElement>('[data-grant="grt_1"] [part~="revoke-button"]')!.click());
  }
} else {
  const element = document.querySelector('gk-consent')!;
  element.navigate = () => undefined;
  element.client = client;
  element.setAttribute('request-id', view.id);
  element.setAttribute('locale', locale);
}
