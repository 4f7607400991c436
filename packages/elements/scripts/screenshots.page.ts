/**
 * @module
 * The page the screenshot script serves: `<gk-consent>` backed by a static fixture client (the
 * same shape the SDK's client returns), so the shots need neither a server nor a worker.
 */
import type { AccessRequestView } from '@grantkit/sdk/types';
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
  installations: [
    { id: 'ins_home', name: 'Home', address: '1 Fjord Road, 0150 Oslo', already_shared: false },
    { id: 'ins_cabin', name: 'Cabin at Geilo', address: '7 Mountain Path, 3580 Geilo', already_shared: true },
  ],
  preselected_installation_id: 'ins_home',
  locale,
  return_url: 'https://acme.example/return',
  show_existing: true,
  expires_at: new Date(Date.now() + 600_000).toISOString(),
};

const problem = (status: number, code: string) => Object.assign(new Error(code), { code, status });
const element = document.querySelector('gk-consent')!;
element.navigate = () => undefined;
element.client = {
  getAccessRequest: async () => {
    if (state === 'expired') throw problem(410, 'access_request_expired');
    return view;
  },
  approveAccessRequest: async () => ({ redirect_url: 'https://acme.example/return?success=true', grant_id: 'grt_1' }),
  denyAccessRequest: async () => ({ redirect_url: 'https://acme.example/return?success=false' }),
  listInstallationAccess: async () => ({ items: [] }),
  deleteGrant: async () => undefined,
};
element.setAttribute('request-id', view.id);
element.setAttribute('locale', locale);
