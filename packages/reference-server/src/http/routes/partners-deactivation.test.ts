/**
 * After deactivation, nothing of the partner works: not its people, not its machines. The
 * normal path revokes grants and deletes service accounts first (deactivation insists); the
 * second test proves the group check on its own, as defence in depth.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { basic, postForm } from '../../oauth/testing.js';
import { createPartnerWorld, invitationLink, registration, type PartnerWorld } from '../../testing/partner-fixtures.js';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

async function partnerWithMachine(t: TestApp, w: PartnerWorld) {
  const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
  const ada = t.client();
  await ada.post(`/api/invitations/${await invitationLink(t, 'ada@fjord.example')}/accept`, { json: { password: 'a long enough password' } });
  const grant = await (await w.holder.post(`/api/partners/${partner.id}/grants`, { json: { installation_id: w.installationId } })).json();
  const created = await ada.post(`/api/groups/${partner.id}/service-accounts`, { json: { name: 'sync-bot' } });
  expect(created.status).toBe(201);
  const sa = await created.json();
  const tokenFor = async () => {
    const res = await postForm(t, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(sa.client_id, sa.client_secret) });
    return { status: res.status, body: (await res.json()) as { access_token?: string; error?: string } };
  };
  const token = await tokenFor();
  expect(token.status).toBe(200);
  return { partner, ada, grant, sa, tokenFor, accessToken: token.body.access_token! };
}

const asMachine = (t: TestApp, token: string, path: string) => t.client().get(path, { headers: { authorization: `Bearer ${token}` }, origin: null });
const asPerson = (c: TestClient, path: string) => c.get(path);

describe.each(storeKinds)('partner deactivation cuts people and machines off on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('lists the service account as remaining access, and after revoking everything a former member and service account are refused', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner, ada, grant, sa, tokenFor, accessToken } = await partnerWithMachine(t, w);
    expect((await asMachine(t, accessToken, `/api/installations/${w.installationId}`)).status).toBe(200);
    expect((await asPerson(ada, `/api/installations/${w.installationId}`)).status).toBe(200);
    // Her membership says the group is a partner (the portal shows "Partner members" from it).
    expect((await (await asPerson(ada, '/api/me')).json()).groups).toEqual([expect.objectContaining({ id: partner.id, is_admin: true, is_partner: true })]);
    expect((await (await w.holder.get('/api/me')).json()).groups.every((g: { is_partner: boolean }) => !g.is_partner)).toBe(true);

    const refused = await w.holder.post(`/api/partners/${partner.id}/deactivate`, { json: { confirm: 'Fjord Installers' } });
    expect(refused.status).toBe(409);
    const { remaining } = await refused.json();
    expect(remaining.grants.map((g: { id: string }) => g.id)).toEqual([grant.id]);
    expect(remaining.service_accounts).toEqual([{ id: sa.service_account.id, name: 'sync-bot' }]);

    expect((await ada.request('DELETE', `/api/groups/${partner.id}/service-accounts/${sa.service_account.id}`)).status).toBe(204);
    expect((await w.holder.request('DELETE', `/api/partners/${partner.id}/grants/${grant.id}`)).status).toBe(204);
    expect((await w.holder.post(`/api/partners/${partner.id}/deactivate`, { json: { confirm: 'Fjord Installers' } })).status).toBe(200);

    expect((await asPerson(ada, `/api/installations/${w.installationId}`)).status).toBe(404);
    expect((await asPerson(ada, `/api/groups/${partner.id}/service-accounts`)).status).toBe(404);
    const me = await (await asPerson(ada, '/api/me')).json();
    expect(me.groups).toEqual([]);
    expect((await asMachine(t, accessToken, `/api/installations/${w.installationId}`)).status).toBe(401);
    expect((await tokenFor()).body.error).toBe('invalid_client');
  });

  it('refuses the group’s existing tokens once it is deactivated, even if an account was left behind', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner, accessToken } = await partnerWithMachine(t, w);
    // Bypass the rule on purpose (as an operator's SQL would) to test the token check alone.
    expect(await t.deps.store.partners.deactivate(partner.id, t.clock.now())).toBe(true);
    expect((await asMachine(t, accessToken, `/api/installations/${w.installationId}`)).status).toBe(401);
  });
});
