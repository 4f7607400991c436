/**
 * The mock's service-account management (`/api/groups/:id/service-accounts`): list, create and
 * delete, with the server's rules for who may (group administrators), names (required, at most
 * 100 characters, unique in the group) and unknown ids. The accounts are the ones the mock's
 * token endpoint authenticates (`client_credentials`).
 *
 * @module
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import type { ServiceAccount, ServiceAccountSecretResponse } from '../service-accounts-client.js'
import type { MockDb } from './db.js'
import type { MockServiceAccount } from './fixtures.js'
import { mockInvitations, type InvitationHandlerHelpers } from './invitations.js'
import { pageOf } from './paging.js'
import { invalidField, MockProblem } from './problems.js'

const NAME_MAX = 100
const SEEDED_AT = '2026-01-01T00:00:00.000Z'

/** What the list shows of an account; seeded accounts get their id from the client id. */
function view(db: MockDb, account: MockServiceAccount & { id?: string; created_at?: string }): ServiceAccount {
  const at = account.created_at ?? SEEDED_AT
  return {
    id: account.id ?? account.client_id,
    name: account.name,
    client_id: account.client_id,
    secret_kind: 'generated',
    installation_id: null,
    installation_name: null,
    created_at: at,
    secret_changed_at: at,
    last_used_at: [...db.tokens.values()].some((t) => t.client_id === account.client_id) ? at : null,
  }
}

const notFound = (): MockProblem => new MockProblem('service_account_not_found', 'The service account does not exist or you have no access to it.')

/** msw handlers for a group's service accounts. */
export function createServiceAccountHandlers(db: () => MockDb, base: string, { api, requireUser, jsonBody }: InvitationHandlerHelpers): HttpHandler[] {
  const groupOf = (params: Record<string, string | readonly string[] | undefined>): string => (typeof params.id === 'string' ? decodeURIComponent(params.id) : '')
  const accountsOf = (groupId: string) => [...db().serviceAccounts.values()].filter((a) => a.group_id === groupId)
  return [
    http.get(`${base}/api/groups/:id/service-accounts`, api(({ request, cookies, params }) => {
      const groupId = groupOf(params)
      mockInvitations(db()).requireAdmin(requireUser(request, cookies), groupId)
      return HttpResponse.json(pageOf(accountsOf(groupId).map((a) => view(db(), a)), request))
    })),
    http.post(`${base}/api/groups/:id/service-accounts`, api(async ({ request, cookies, params }) => {
      const groupId = groupOf(params)
      mockInvitations(db()).requireAdmin(requireUser(request, cookies), groupId)
      const body = await jsonBody(request)
      const name = typeof body.name === 'string' ? body.name.trim() : ''
      if (!name) throw invalidField('name', 'required', 'Give the service account a name.')
      if (name.length > NAME_MAX) throw invalidField('name', 'too_long', `The name can have at most ${NAME_MAX} characters.`)
      if (accountsOf(groupId).some((a) => a.name === name)) throw new MockProblem('service_account_name_taken', `The group already has a service account named "${name}".`)
      const created_at = new Date(db().now()).toISOString()
      const id = crypto.randomUUID()
      const account = { client_id: `gksa_${id.replace(/-/g, '').slice(0, 24)}`, secret: crypto.randomUUID(), group_id: groupId, name, id, created_at }
      db().serviceAccounts.set(account.client_id, account)
      const answer: ServiceAccountSecretResponse = { service_account: view(db(), account), client_id: account.client_id, client_secret: account.secret, token_endpoint: `${base}/oauth/token` }
      return HttpResponse.json(answer, { status: 201 })
    })),
    http.delete(`${base}/api/groups/:id/service-accounts/:accountId`, api(({ request, cookies, params }) => {
      const groupId = groupOf(params)
      mockInvitations(db()).requireAdmin(requireUser(request, cookies), groupId)
      const id = typeof params.accountId === 'string' ? decodeURIComponent(params.accountId) : ''
      const account = accountsOf(groupId).find((a) => view(db(), a).id === id)
      if (!account) throw notFound()
      db().serviceAccounts.delete(account.client_id)
      for (const [value, token] of db().tokens) if (token.client_id === account.client_id) db().tokens.delete(value)
      return new HttpResponse(null, { status: 204 })
    })),
  ]
}
