/** Which domain events become which webhook events, with the ids a partner needs. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../domain/model/store.js';
import { toWebhookEvent, type EventPayload } from './event-mapping.js';

const GROUP = '9c405d71-3eaf-4f41-8d84-000000000301';
const store = {
  grants: { findById: async (id: string) => ({ id, installationId: 'inst-1', permissions: ['installation:read'] }) },
  groups: { findById: async () => ({ id: GROUP, lookupKey: 'TZBV' }) },
} as unknown as Store;

function payload(type: string, data: Record<string, unknown>, extra: Partial<EventPayload> = {}): EventPayload {
  return { type, occurred_at: '2026-12-06T10:00:00.000Z', actor: { user_id: 'u-1', label: 'Olivia' }, group_id: GROUP, installation_id: 'inst-1', subject_id: 'sub-1', data, ...extra };
}

describe('domain events as webhook events', () => {
  it('maps grant changes with grant, installation, lookup key, permissions and actor', async () => {
    expect(await toWebhookEvent(store, payload('grant.updated', { grant_id: 'g-1', previous_permissions: ['installation:read', 'chargers:control'], permissions: ['installation:read'], how: 'narrowed' }))).toEqual({
      groupId: GROUP,
      event: {
        type: 'grant.updated',
        timestamp: '2026-12-06T10:00:00.000Z',
        data: { grant_id: 'g-1', group_id: GROUP, installation_id: 'inst-1', lookup_key: 'TZBV', permissions: ['installation:read'], previous_permissions: ['installation:read', 'chargers:control'], actor: { kind: 'user', id: 'u-1' } },
      },
    });
    // Relinquished by the partner; permissions from the grant when the event does not carry them.
    expect((await toWebhookEvent(store, payload('grant.revoked', { grant_id: 'g-1', how: 'relinquished' })))?.event.data).toMatchObject({ how: 'relinquished', permissions: ['installation:read'] });
  });

  it('maps joining (a code, an accepted invitation) and leaving; more roles for a member is no join', async () => {
    expect((await toWebhookEvent(store, payload('invitation_code.redeemed', { roles: ['installer'], previous_roles: null })))?.event).toMatchObject({ type: 'member.joined', data: { user_id: 'u-1', roles: ['installer'] } });
    expect(await toWebhookEvent(store, payload('invitation_code.redeemed', { roles: ['installer', 'admin'], previous_roles: ['installer'] }))).toBeNull();
    expect((await toWebhookEvent(store, payload('partner.invitation_accepted', { email: 'a@b.example', roles: ['admin'] })))?.event).toMatchObject({ type: 'member.joined', data: { roles: ['admin'] } });
    expect((await toWebhookEvent(store, payload('group_member.removed', { user_id: 'u-2', email: 'x@y.example', roles: ['installer'] })))?.event).toEqual({
      type: 'member.removed',
      timestamp: '2026-12-06T10:00:00.000Z',
      data: { group_id: GROUP, user_id: 'u-2', roles: ['installer'], actor: { kind: 'user', id: 'u-1' } },
    });
  });

  it('maps service accounts and partner deactivation; a token or the system as actor', async () => {
    const deleted = await toWebhookEvent(store, payload('service_account.deleted', { name: 'Lead export', client_id: 'gksa_1' }, { actor: { user_id: null, label: 'token gksa_9' } }));
    expect(deleted?.event).toMatchObject({ type: 'service_account.deleted', data: { service_account_id: 'sub-1', client_id: 'gksa_1', name: 'Lead export', actor: { kind: 'service_account', id: 'gksa_9' } } });
    const deactivated = await toWebhookEvent(store, payload('partner.deactivated', { name: 'Acme', lookup_key: 'TZBV', invitations_withdrawn: 0 }, { actor: { user_id: null, label: 'operator' } }));
    expect(deactivated?.event).toMatchObject({ type: 'partner.deactivated', data: { group_id: GROUP, lookup_key: 'TZBV', actor: { kind: 'system', id: null } } });
  });

  it('has no webhook for other events, or for events without a group', async () => {
    expect(await toWebhookEvent(store, payload('access_request.approved', { grant_id: 'g-1' }))).toBeNull();
    expect(await toWebhookEvent(store, payload('installation.settings_changed', { changes: {} }))).toBeNull();
    expect(await toWebhookEvent(store, payload('grant.created', { grant_id: 'g-1' }, { group_id: null }))).toBeNull();
  });
});
