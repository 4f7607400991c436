/**
 * The scenarios of the contract suite (see `scenario.ts`). Ids the world does not have are
 * well-formed UUIDs, so "unknown" and "malformed" stay two different cases.
 *
 * @module
 */
import type { Page, PageQuery } from '../paging.js'
import type { Actor, Browser, Scenario } from './scenario.js'

export * from './scenario.js'

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'
const ELSEWHERE = 'https://evil.example'

const sessions: Scenario[] = [
  {
    name: 'a wrong password is refused with invalid_credentials',
    as: null,
    steps: [{ call: 'login(owner, wrong password)', run: ({ api, world }) => api.login({ email: world.owner.email, password: 'not-the-password' }), expect: { status: 401, code: 'invalid_credentials' } }],
  },
  {
    name: 'a login without an email is a validation problem naming the field',
    as: null,
    steps: [{ call: 'login({ email: "", password })', run: ({ api }) => api.login({ email: '', password: 'x' }), expect: { status: 400, code: 'validation_failed', fields: ['email'] } }],
  },
  {
    name: 'logging in answers the user, /api/me the user and groups; logging out ends the session',
    as: 'owner',
    steps: [
      { call: 'me()', run: ({ api }) => api.me(), expect: { ok: true, keys: ['user', 'groups'] } },
      { call: 'logout()', run: ({ api }) => api.logout(), expect: { ok: true } },
      { call: 'me()', run: ({ api }) => api.me(), expect: { status: 401, code: 'unauthenticated' } },
    ],
  },
  {
    name: 'nobody logged in gets unauthenticated from the API',
    as: null,
    steps: [{ call: 'listInstallations()', run: ({ api }) => api.listInstallations(), expect: { status: 401, code: 'unauthenticated' } }],
  },
  {
    name: 'a cookie request without Origin may not change anything',
    as: 'owner',
    origin: null,
    steps: [
      { call: 'listInstallations() (safe: no Origin needed)', run: ({ api }) => api.listInstallations(), expect: { ok: true } },
      { call: 'updateInstallationSettings(home, { max_current_a: 16 })', run: ({ api, world }) => api.updateInstallationSettings(world.home.id, { max_current_a: 16 }), expect: { status: 403, code: 'origin_mismatch' } },
    ],
  },
  {
    name: 'a cookie request from another site may not change anything',
    as: 'owner',
    origin: ELSEWHERE,
    steps: [{ call: 'logout()', run: ({ api }) => api.logout(), expect: { status: 403, code: 'origin_mismatch' } }],
  },
]

const installations: Scenario[] = [
  {
    name: 'the owner lists, reads and changes an installation',
    as: 'owner',
    steps: [
      { call: 'listInstallations()', run: ({ api }) => api.listInstallations(), expect: { ok: true, keys: ['id', 'name', 'address', 'role'] } },
      { call: 'getInstallation(home)', run: ({ api, world }) => api.getInstallation(world.home.id), expect: { ok: true, keys: ['id', 'name', 'address', 'settings', 'chargers'] } },
      { call: 'getChargingHistory(home, { limit: 1 })', run: ({ api, world }) => api.getChargingHistory(world.home.id, { limit: 1 }), expect: { ok: true, keys: ['id', 'charger_id', 'started_at', 'ended_at', 'energy_kwh'] } },
      {
        call: 'updateInstallationSettings(home, { max_current_a: 16 })',
        run: ({ api, world }) => api.updateInstallationSettings(world.home.id, { max_current_a: 16 }),
        expect: { ok: true, match: { settings: { max_current_a: 16 } } },
      },
      { call: 'listInstallationAccess(home)', run: ({ api, world }) => api.listInstallationAccess(world.home.id), expect: { ok: true, keys: ['kind', 'id', 'name', 'since'] } },
    ],
  },
  {
    name: 'an unknown installation is not found',
    as: 'owner',
    steps: [{ call: 'getInstallation(unknown)', run: ({ api }) => api.getInstallation(UNKNOWN_ID), expect: { status: 404, code: 'not_found' } }],
  },
  {
    name: 'a setting out of range is a validation problem naming the field',
    as: 'owner',
    steps: [
      { call: 'updateInstallationSettings(home, { max_current_a: 99 })', run: ({ api, world }) => api.updateInstallationSettings(world.home.id, { max_current_a: 99 }), expect: { status: 400, code: 'validation_failed', fields: ['max_current_a'] } },
    ],
  },
  {
    name: 'a partner administrator cannot see an installation that was not shared',
    as: 'acmeAdmin',
    steps: [{ call: 'getInstallation(home)', run: ({ api, world }) => api.getInstallation(world.home.id), expect: { status: 404, code: 'not_found' } }],
  },
]

const accessRequests: Scenario[] = [
  {
    name: 'the owner approves an access request; a second decision is a conflict naming the request status',
    as: 'owner',
    steps: [
      { call: 'open the access-request link of acme', run: (b) => b.openAccessRequest(), expect: { ok: true }, save: (id, s) => void (s.request = id as string) },
      {
        call: 'getAccessRequest(request)',
        run: ({ api }, s) => api.getAccessRequest(s.request!),
        expect: { ok: true, match: { status: 'pending' }, keys: ['id', 'group', 'permissions', 'installations', 'locale', 'return_url', 'expires_at'] },
      },
      { call: 'approveAccessRequest(request, home)', run: ({ api, world }, s) => api.approveAccessRequest(s.request!, { installation_id: world.home.id }), expect: { ok: true, keys: ['redirect_url', 'grant_id'] }, save: (v, s) => void (s.grant = (v as { grant_id: string }).grant_id) },
      { call: 'denyAccessRequest(request)', run: ({ api }, s) => api.denyAccessRequest(s.request!), expect: { status: 409, code: 'access_request_decided', members: { request_status: 'approved' } } },
      { call: 'listGrants({ installation_id: home })', run: ({ api, world }) => api.listGrants({ installation_id: world.home.id }), expect: { ok: true, keys: ['id', 'installation_id', 'group_id', 'lookup_key', 'permissions', 'created_at'] } },
      { call: 'deleteGrant(grant)', run: ({ api }, s) => api.deleteGrant(s.grant!), expect: { ok: true } },
      { call: 'deleteGrant(grant) again', run: ({ api }, s) => api.deleteGrant(s.grant!), expect: { status: 404, code: 'not_found' } },
    ],
  },
  {
    name: 'the owner denies an access request',
    as: 'owner',
    steps: [
      { call: 'open the access-request link of acme', run: (b) => b.openAccessRequest(), expect: { ok: true }, save: (id, s) => void (s.request = id as string) },
      { call: 'denyAccessRequest(request)', run: ({ api }, s) => api.denyAccessRequest(s.request!), expect: { ok: true, keys: ['redirect_url'] } },
      { call: 'approveAccessRequest(request, home)', run: ({ api, world }, s) => api.approveAccessRequest(s.request!, { installation_id: world.home.id }), expect: { status: 409, code: 'access_request_decided', members: { request_status: 'denied' } } },
    ],
  },
  {
    name: 'approving with a malformed installation id is a validation problem naming the field',
    as: 'owner',
    steps: [
      { call: 'open the access-request link of acme', run: (b) => b.openAccessRequest(), expect: { ok: true }, save: (id, s) => void (s.request = id as string) },
      { call: 'approveAccessRequest(request, "nope")', run: ({ api }, s) => api.approveAccessRequest(s.request!, { installation_id: 'nope' }), expect: { status: 400, code: 'validation_failed', fields: ['installation_id'] } },
    ],
  },
  {
    name: 'an unknown access request is not found',
    as: 'owner',
    steps: [{ call: 'getAccessRequest(unknown)', run: ({ api }) => api.getAccessRequest(UNKNOWN_ID), expect: { status: 404, code: 'access_request_not_found' } }],
  },
]

const groups: Scenario[] = [
  {
    name: 'a partner administrator reads the group, its members and its role catalogue',
    as: 'acmeAdmin',
    steps: [
      { call: 'listGroups()', run: ({ api }) => api.listGroups(), expect: { ok: true, keys: ['id', 'name', 'lookup_key', 'roles', 'is_admin'] } },
      { call: 'getGroup(acme)', run: ({ api, world }) => api.getGroup(world.acme.id), expect: { ok: true, keys: ['id', 'name', 'lookup_key', 'return_urls', 'members_count'] } },
      { call: 'listMembers(acme)', run: ({ api, world }) => api.listMembers(world.acme.id), expect: { ok: true, keys: ['user_id', 'name', 'email', 'roles'] } },
      { call: 'listGroupRoles(acme)', run: ({ api, world }) => api.listGroupRoles(world.acme.id), expect: { ok: true, keys: ['key', 'name', 'kind', 'exclusive'] } },
    ],
  },
  {
    name: 'a partner administrator creates invitation codes and lists them',
    as: 'acmeAdmin',
    steps: [
      { call: 'createInvitationCodes(acme, { count: 2, roles: ["member"] })', run: ({ api, world }) => api.createInvitationCodes(world.acme.id, { count: 2, validity_days: 7, roles: ['member'] }), expect: { ok: true, keys: ['id', 'code', 'roles', 'status', 'expires_at'] } },
      { call: 'listInvitationCodes({ group_id: acme })', run: ({ api, world }) => api.listInvitationCodes({ group_id: world.acme.id }), expect: { ok: true, keys: ['id', 'status', 'roles', 'expires_at'] } },
    ],
  },
  {
    name: 'an invitation code with an unknown role is a validation problem',
    as: 'acmeAdmin',
    steps: [{ call: 'createInvitationCodes(acme, { roles: ["astronaut"] })', run: ({ api, world }) => api.createInvitationCodes(world.acme.id, { count: 1, validity_days: 7, roles: ['astronaut'] }), expect: { status: 400, code: 'validation_failed', fields: ['roles'] } }],
  },
  {
    name: 'redeeming a malformed or unknown invitation code is refused with its own code',
    as: 'owner',
    steps: [
      { call: 'redeemInvitationCode("hello")', run: ({ api }) => api.redeemInvitationCode('hello'), expect: { status: 400, code: 'code_malformed' } },
      { call: 'redeemInvitationCode(unknown)', run: ({ api }) => api.redeemInvitationCode('0000aaaa-0000-0000-0000-000000000000'), expect: { status: 404, code: 'code_unknown' } },
    ],
  },
  {
    name: 'somebody outside a group cannot read its members',
    as: 'owner',
    steps: [{ call: 'listMembers(acme)', run: ({ api, world }) => api.listMembers(world.acme.id), expect: { status: 404, code: 'not_found' } }],
  },
]

const serviceAccounts: Scenario[] = [
  {
    name: 'a partner administrator creates a service account; the same name again is a conflict',
    as: 'acmeAdmin',
    steps: [
      { call: 'createServiceAccount(acme, { name: "Contract robot" })', run: ({ api, world }) => api.createServiceAccount(world.acme.id, { name: 'Contract robot' }), expect: { ok: true, keys: ['service_account', 'client_secret'] }, save: (v, s) => void (s.account = (v as { service_account: { id: string } }).service_account.id) },
      { call: 'listServiceAccounts(acme)', run: ({ api, world }) => api.listServiceAccounts(world.acme.id), expect: { ok: true, keys: ['id', 'name', 'client_id', 'created_at'] } },
      { call: 'createServiceAccount(acme, { name: "Contract robot" })', run: ({ api, world }) => api.createServiceAccount(world.acme.id, { name: 'Contract robot' }), expect: { status: 409, code: 'service_account_name_taken' } },
      { call: 'deleteServiceAccount(acme, account)', run: ({ api, world }, s) => api.deleteServiceAccount(world.acme.id, s.account!), expect: { ok: true } },
    ],
  },
  {
    name: 'an unknown service account is not found',
    as: 'acmeAdmin',
    steps: [{ call: 'deleteServiceAccount(acme, unknown)', run: ({ api, world }) => api.deleteServiceAccount(world.acme.id, UNKNOWN_ID), expect: { status: 404, code: 'service_account_not_found' } }],
  },
  {
    name: 'a service account without a name is a validation problem naming the field',
    as: 'acmeAdmin',
    steps: [{ call: 'createServiceAccount(acme, { name: "" })', run: ({ api, world }) => api.createServiceAccount(world.acme.id, { name: '' }), expect: { status: 400, code: 'validation_failed', fields: ['name'] } }],
  },
]

const partners: Scenario[] = [
  {
    name: 'an account holder reads the organisation and its partners',
    as: 'holder',
    steps: [
      { call: 'listOrganisations()', run: ({ api }) => api.listOrganisations(), expect: { ok: true, keys: ['id', 'name', 'partner_limit', 'active_partners'] } },
      { call: 'getOrganisation(organisation)', run: ({ api, world }) => api.getOrganisation(world.organisation.id), expect: { ok: true, keys: ['id', 'name', 'partner_limit', 'active_partners'] } },
      { call: 'listPartners(organisation)', run: ({ api, world }) => api.listPartners(world.organisation.id), expect: { ok: true, keys: ['id', 'name', 'lookup_key', 'status', 'domains', 'admin', 'pending_admin', 'members_count'] } },
    ],
  },
  {
    name: 'registering a partner without a name is a validation problem naming the field',
    as: 'holder',
    steps: [
      {
        call: 'registerPartner(organisation, { name: "" })',
        run: ({ api, world }) => api.registerPartner(world.organisation.id, { name: '', domains: ['contract.example'], admin: { first_name: 'Ada', last_name: 'Admin', email: 'ada@contract.example' } }),
        expect: { status: 400, code: 'validation_failed', fields: ['name'] },
      },
    ],
  },
  {
    name: 'an unknown partner is not found',
    as: 'holder',
    steps: [{ call: 'getPartner(unknown)', run: ({ api }) => api.getPartner(UNKNOWN_ID), expect: { status: 404, code: 'not_found' } }],
  },
  {
    name: 'somebody who is no account holder cannot see the organisation',
    as: 'acmeAdmin',
    steps: [{ call: 'getOrganisation(organisation)', run: ({ api, world }) => api.getOrganisation(world.organisation.id), expect: { status: 404, code: 'not_found' } }],
  },
]

// Every list pages the same way (the owner has two installations in both worlds).
const paging: Scenario[] = [
  {
    name: 'a list pages by cursor: first page, next page, and null after the last',
    as: 'owner',
    steps: [
      {
        call: 'listInstallations({ limit: 1 })',
        run: ({ api }) => api.listInstallations({ limit: 1 }),
        expect: { ok: true, keys: ['id', 'name'] },
        save: (page, s) => {
          const { items, next_cursor } = page as { items: { id: string }[]; next_cursor: string | null }
          s.first = items.length === 1 ? items[0]!.id : ''
          s.cursor = next_cursor ?? ''
        },
      },
      {
        call: 'listInstallations({ cursor: next_cursor, limit: 1 })',
        run: async ({ api }, s) => {
          if (!s.first || !s.cursor) throw new Error('the first page had not one item and a next_cursor')
          const page = await api.listInstallations({ cursor: s.cursor, limit: 1 })
          return { ...page, repeats_first_page: page.items.some((i) => i.id === s.first) }
        },
        expect: { ok: true, match: { repeats_first_page: false } },
      },
      { call: 'listInstallations({ limit: 200 })', run: ({ api }) => api.listInstallations({ limit: 200 }), expect: { ok: true, match: { next_cursor: null } } },
    ],
  },
  {
    name: 'a cursor the list did not return is invalid_cursor; a limit out of range a validation problem',
    as: 'owner',
    steps: [
      { call: 'listInstallations({ cursor: "not-a-cursor" })', run: ({ api }) => api.listInstallations({ cursor: 'not-a-cursor' }), expect: { status: 400, code: 'invalid_cursor' } },
      { call: 'listInstallations({ limit: 0 })', run: ({ api }) => api.listInstallations({ limit: 0 }), expect: { status: 400, code: 'validation_failed', fields: ['limit'] } },
      { call: 'listInstallations({ limit: 201 })', run: ({ api }) => api.listInstallations({ limit: 201 }), expect: { status: 400, code: 'validation_failed', fields: ['limit'] } },
    ],
  },
]

/** A list both worlds have rows in, read through the client as one actor. */
interface PagedList {
  /** The call as the step names it, with `page` as its page argument. */
  readonly call: (page: string) => string
  readonly as: Actor
  readonly list: (browser: Browser, page: PageQuery) => Promise<Page<{ readonly id: string }>>
}

const PAGED_LISTS: readonly PagedList[] = [
  { call: (page) => `listServiceAccounts(acme, ${page})`, as: 'acmeAdmin', list: ({ api, world }, page) => api.listServiceAccounts(world.acme.id, page) },
  { call: (page) => `listOrganisations(${page})`, as: 'holder', list: ({ api }, page) => api.listOrganisations(page) },
  { call: (page) => `listPartners(organisation, ${page})`, as: 'holder', list: ({ api, world }, page) => api.listPartners(world.organisation.id, page) },
]

/** Every list pages alike: a first page, a next page that does not repeat it, the whole list's null cursor, and the refusals. */
const pagesOf = ({ call, as, list }: PagedList): Scenario => ({
  name: `${call('…')} pages by cursor and refuses a cursor it did not return or a limit out of range`,
  as,
  steps: [
    {
      call: call('{ limit: 1 }'),
      run: (browser) => list(browser, { limit: 1 }),
      expect: { ok: true, keys: ['id'] },
      save: (page, s) => {
        const { items, next_cursor } = page as Page<{ id: string }>
        s.first = items[0]?.id ?? ''
        s.cursor = next_cursor ?? ''
      },
    },
    {
      call: call('{ cursor: next_cursor, limit: 1 }'),
      run: async (browser, s) => {
        if (!s.first) throw new Error('the first page was empty')
        // A list of one row has no next page, so nothing to repeat.
        const next = s.cursor ? await list(browser, { cursor: s.cursor, limit: 1 }) : { items: [] }
        return { repeats_first_page: next.items.some((i) => i.id === s.first) }
      },
      expect: { ok: true, match: { repeats_first_page: false } },
    },
    { call: call('{ limit: 200 }'), run: (browser) => list(browser, { limit: 200 }), expect: { ok: true, match: { next_cursor: null } } },
    { call: call('{ cursor: "not-a-cursor" }'), run: (browser) => list(browser, { cursor: 'not-a-cursor' }), expect: { status: 400, code: 'invalid_cursor' } },
    { call: call('{ limit: 201 }'), run: (browser) => list(browser, { limit: 201 }), expect: { status: 400, code: 'validation_failed', fields: ['limit'] } },
  ],
})

/** Every scenario, grouped by area. */
export const SCENARIOS: readonly Scenario[] = [...sessions, ...installations, ...accessRequests, ...groups, ...serviceAccounts, ...partners, ...paging, ...PAGED_LISTS.map(pagesOf)]
