import { afterEach, describe, expect, it } from 'vitest';
import { mayOnInstallation } from '../../domain/access-policy.js';
import { createPartnerWorld, invitationLink, PNG_1X1, registration } from '../../testing/partner-fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

describe.each(storeKinds)('partner registration and maintenance on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('registers a partner as a group with a lookup key, roles, domains and a logo, and mails the admin', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const res = await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    expect(res.status).toBe(201);
    const { partner, invitation } = await res.json();
    expect(partner).toMatchObject({ name: 'Fjord Installers', status: 'active', domains: ['fjord.example', 'fjord-service.example'], admin: null });
    expect(partner.lookup_key).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(partner.pending_admin).toMatchObject({ email: 'ada@fjord.example', status: 'pending', purpose: 'partner_admin' });
    expect(invitation.role).toBe('admin');
    // The group exists, resolves by its key, and has the Admin/Member catalogue.
    const group = await t.deps.store.groups.findByLookupKey(partner.lookup_key.toLowerCase());
    expect(group?.id).toBe(partner.id);
    expect(await t.deps.store.groups.listRoles(partner.id)).toEqual([
      { key: 'admin', name: 'Admin', kind: 'admin', exclusive: false },
      { key: 'member', name: 'Member', kind: 'user', exclusive: false },
    ]);
    // The mail is in the outbox (no SMTP configured) and shows in the mailbox.
    const box = await (await t.client().get('/api/mailbox')).json();
    expect(box.items).toHaveLength(1);
    expect(box.items[0]).toMatchObject({ to: 'ada@fjord.example', subject: 'You are invited to administer Fjord Installers', status: 'stored' });
    expect(box.items[0].links[0]).toMatch(/^http:\/\/localhost:4000\/invitations\/[A-Za-z0-9_-]{43}$/);
    // The logo comes back with the detected type and a CSP that forbids everything.
    const logo = await t.client().get(new URL(partner.logo_url).pathname);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(logo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(logo.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(Buffer.from(await logo.arrayBuffer()).equals(Buffer.from(PNG_1X1, 'base64'))).toBe(true);
    const events = (await t.deps.store.audit.listForGroup(partner.id, { limit: 200 })).items;
    expect(events.map((e) => e.action).sort()).toEqual(['partner.admin_invited', 'partner.registered']);
    // Listed for the account holder, with the cap.
    const list = await (await w.holder.get(`/api/organisations/${w.organisationId}/partners`)).json();
    expect(list).toMatchObject({ limit: 10, active: 1, items: [{ id: partner.id }] });
  });

  it('shows partner changes in the account holder’s audit, and only to account holders', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
    const audit = await w.holder.get(`/api/audit?organisation_id=${w.organisationId}`);
    expect(audit.status).toBe(200);
    const { items } = await audit.json();
    expect(items.map((e: { type: string }) => e.type).sort()).toEqual(['partner.admin_invited', 'partner.registered']);
    expect(items.find((e: { type: string }) => e.type === 'partner.registered')).toMatchObject({ group_id: partner.id, actor: { kind: 'user', id: w.holderId } });
    // Each event also waits in the outbox for webhook delivery, written in the same transaction.
    const outbox = await t.deps.store.outbox.list('event');
    expect(outbox.map((m) => m.subject).sort()).toEqual(['partner.admin_invited', 'partner.registered']);
    // Someone who is not an account holder learns nothing, not even that the organisation exists.
    await t.createUser('stranger@else.example');
    const stranger = t.client();
    await stranger.login('stranger@else.example');
    expect((await stranger.get(`/api/audit?organisation_id=${w.organisationId}`)).status).toBe(404);
    expect((await w.holder.get(`/api/audit?organisation_id=${w.organisationId}&group_id=${partner.id}`)).status).toBe(400);
  });

  it('refuses the partner beyond the organisation’s cap with partner_limit_reached', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t, { partnerLimit: 2 });
    for (const name of ['One', 'Two']) {
      expect((await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration({ name }) })).status).toBe(201);
    }
    const third = await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration({ name: 'Three' }) });
    expect(third.status).toBe(409);
    const body = await third.json();
    expect(body).toMatchObject({ code: 'partner_limit_reached', limit: 2 });
    expect(body.detail).toMatch(/already has 2 active partners/);
    // The step validation says so at once, too.
    const step = await w.holder.post(`/api/organisations/${w.organisationId}/partners/validate`, { json: { step: 'info', name: 'Three' } });
    expect((await step.json()).code).toBe('partner_limit_reached');
    expect(await t.deps.store.partners.countActive(w.organisationId)).toBe(2);
  });

  it('refuses an admin email outside the domains, wildcards and bad domains', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const url = `/api/organisations/${w.organisationId}/partners`;
    const outside = await w.holder.post(url, { json: registration({ admin: { first_name: 'E', last_name: 'Ve', email: 'eve@gmail.example' } }) });
    expect(outside.status).toBe(422);
    expect(await outside.json()).toMatchObject({ code: 'email_domain_not_allowed', field: 'admin.email' });
    const wildcard = await w.holder.post(url, { json: registration({ domains: ['*.fjord.example'] }) });
    expect(wildcard.status).toBe(400);
    expect((await wildcard.json()).errors[0]).toMatchObject({ field: 'domains.0', code: 'domain_wildcard' });
    const none = await w.holder.post(url, { json: registration({ domains: [] }) });
    expect((await none.json()).errors[0].message).toBe('Add at least one email domain.');
    // Step validation normalises (IDNA, case, leading @).
    const step = await w.holder.post(`${url}/validate`, { json: { step: 'domains', domains: ['@Bücher.example', 'bücher.EXAMPLE'] } });
    expect(await step.json()).toEqual({ valid: true, domains: ['xn--bcher-kva.example'] });
    expect(await t.deps.store.partners.countActive(w.organisationId)).toBe(0);
  });

  it('refuses bad, oversized and mislabelled logos (SVG or HTML named .png)', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const url = `/api/organisations/${w.organisationId}/partners`;
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64');
    const htmlFile = Buffer.from('<!doctype html><script>alert(1)</script>').toString('base64');
    for (const logo of [svg, `data:image/png;base64,${svg}`, htmlFile]) {
      const res = await w.holder.post(url, { json: registration({ logo }) });
      expect(res.status).toBe(415);
      expect((await res.json()).code).toBe('logo_unsupported_type');
    }
    const big = Buffer.concat([Buffer.from(PNG_1X1, 'base64'), Buffer.alloc(600 * 1024)]).toString('base64');
    const tooBig = await w.holder.post(url, { json: registration({ logo: big }) });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).code).toBe('logo_too_large');
    const notBase64 = await w.holder.post(url, { json: registration({ logo: 'not base64!' }) });
    expect(notBase64.status).toBe(400);
    expect(await t.deps.store.partners.countActive(w.organisationId)).toBe(0);
  });

  it('hides organisations and partners from people who are not account holders (404)', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
    await t.createUser('mallory@evil.example');
    const mallory = t.client();
    await mallory.login('mallory@evil.example');
    expect((await mallory.get(`/api/organisations/${w.organisationId}/partners`)).status).toBe(404);
    expect((await mallory.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).status).toBe(404);
    expect((await mallory.get(`/api/partners/${partner.id}`)).status).toBe(404);
    expect((await mallory.post(`/api/partners/${partner.id}/deactivate`, { json: { confirm: 'Fjord Installers' } })).status).toBe(404);
    expect((await t.client().get(`/api/organisations`)).status).toBe(401);
  });

  it('makes the first person invited the admin; the link works once and expires', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
    const token = await invitationLink(t, 'ada@fjord.example');
    const ada = t.client();
    const view = await (await ada.get(`/api/invitations/${token}`)).json();
    expect(view).toMatchObject({ email: 'ada@fjord.example', account_exists: false, purpose: 'partner_admin', partner: { name: 'Fjord Installers' } });
    const short = await ada.post(`/api/invitations/${token}/accept`, { json: { password: 'short' } });
    expect(short.status).toBe(400);
    const accepted = await ada.post(`/api/invitations/${token}/accept`, { json: { password: 'a long enough password' } });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ group: { id: partner.id, lookup_key: partner.lookup_key }, roles: ['admin', 'member'], is_partner_admin: true });
    // Logged in now (a session was started) and an admin of the group.
    const detail = await (await ada.get(`/api/partners/${partner.id}`)).json();
    expect(detail.admin).toMatchObject({ email: 'ada@fjord.example', name: 'Ada Admin' });
    expect(detail.pending_admin).toBeNull();
    // Reused link.
    const again = await t.client().get(`/api/invitations/${token}`);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('invitation_used');
    expect((await ada.post(`/api/invitations/${token}/accept`, { json: {} })).status).toBe(409);

    // Ada invites colleagues: only inside the domains.
    const outside = await ada.post(`/api/partners/${partner.id}/invitations`, { json: { email: 'bob@elsewhere.example', role: 'member' } });
    expect(outside.status).toBe(422);
    expect((await outside.json()).code).toBe('email_domain_not_allowed');
    const bobInvite = await ada.post(`/api/partners/${partner.id}/invitations`, { json: { email: 'Bob@FJORD-service.example', role: 'member' } });
    expect(bobInvite.status).toBe(201);
    expect(await bobInvite.json()).toMatchObject({ email: 'bob@fjord-service.example', role: 'member', status: 'pending' });
    // Expired link.
    const bobToken = await invitationLink(t, 'bob@fjord-service.example');
    t.clock.advance(73 * 3600_000);
    const expired = await t.client().post(`/api/invitations/${bobToken}/accept`, { json: { password: 'a long enough password' } });
    expect(expired.status).toBe(410);
    expect((await expired.json()).code).toBe('invitation_expired');
    expect(await t.deps.store.users.findByEmail('bob@fjord-service.example')).toBeUndefined();
    expect((await t.client().get('/api/invitations/not-a-real-token-at-all-xxxxx')).status).toBe(404);
  });

  it('refuses an invitation accepted by a different logged-in person', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    const token = await invitationLink(t, 'ada@fjord.example');
    const res = await w.holder.post(`/api/invitations/${token}/accept`, { json: {} });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('invitation_email_mismatch');
    expect((await t.client().get(`/api/invitations/${token}`)).status).toBe(200); // still usable by Ada
  });

  it('changes the admin only when the new invitation is accepted', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
    const ada = t.client();
    await ada.post(`/api/invitations/${await invitationLink(t, 'ada@fjord.example')}/accept`, { json: { password: 'a long enough password' } });
    const change = await w.holder.request('PUT', `/api/partners/${partner.id}/admin`, { json: { first_name: 'Carl', last_name: 'Chief', email: 'carl@fjord.example' } });
    expect(change.status).toBe(202);
    let detail = await (await w.holder.get(`/api/partners/${partner.id}`)).json();
    expect(detail.admin.email).toBe('ada@fjord.example');
    expect(detail.pending_admin.email).toBe('carl@fjord.example');
    const carl = t.client();
    await carl.post(`/api/invitations/${await invitationLink(t, 'carl@fjord.example')}/accept`, { json: { password: 'another long password' } });
    detail = await (await w.holder.get(`/api/partners/${partner.id}`)).json();
    expect(detail.admin.email).toBe('carl@fjord.example');
    expect(detail.pending_admin).toBeNull();
    // Ada still uses the products but no longer administers.
    const adaUser = await t.deps.store.users.findByEmail('ada@fjord.example');
    expect((await t.deps.store.groups.findMembership(partner.id, adaUser!.id))?.roles).toEqual(['member']);
    expect((await ada.post(`/api/partners/${partner.id}/invitations`, { json: { email: 'x@fjord.example', role: 'member' } })).status).toBe(403);
    const actions = ((await t.deps.store.audit.listForGroup(partner.id, { limit: 200 })).items).map((e) => e.action);
    expect(actions.filter((a) => a === 'partner.admin_changed')).toHaveLength(2);
  });

  it('refuses deactivation while grants remain, then needs the name, then cuts every member off', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
    const ada = t.client();
    await ada.post(`/api/invitations/${await invitationLink(t, 'ada@fjord.example')}/accept`, { json: { password: 'a long enough password' } });
    await ada.post(`/api/partners/${partner.id}/invitations`, { json: { email: 'bob@fjord.example', role: 'member' } });
    const pendingBob = await invitationLink(t, 'bob@fjord.example');

    const link = await w.holder.post(`/api/partners/${partner.id}/grants`, { json: { installation_id: w.installationId } });
    expect(link.status).toBe(201);
    const grant = await link.json();
    expect(grant).toMatchObject({ installation_name: 'Helio HQ', group_id: partner.id });
    expect((await w.holder.post(`/api/partners/${partner.id}/grants`, { json: { installation_id: w.installationId } })).status).toBe(200);
    const adaUser = (await t.deps.store.users.findByEmail('ada@fjord.example'))!;
    expect(await mayOnInstallation(t.deps.store, { kind: 'user', user: adaUser }, w.installationId, 'read')).toBe(true);

    const refused = await w.holder.post(`/api/partners/${partner.id}/deactivate`, { json: { confirm: 'Fjord Installers' } });
    expect(refused.status).toBe(409);
    const problem = await refused.json();
    expect(problem.code).toBe('partner_has_access');
    expect(problem.remaining.grants).toEqual([{ id: grant.id, installation_id: w.installationId, installation_name: 'Helio HQ' }]);
    expect(problem.remaining.service_accounts).toEqual([]);

    expect((await w.holder.request('DELETE', `/api/partners/${partner.id}/grants/${grant.id}`)).status).toBe(204);
    expect(await (await w.holder.get(`/api/partners/${partner.id}/access`)).json()).toEqual({ grants: [], service_accounts: [] });
    const unconfirmed = await w.holder.post(`/api/partners/${partner.id}/deactivate`, { json: { confirm: 'Fjord' } });
    expect(unconfirmed.status).toBe(400);
    expect((await unconfirmed.json()).code).toBe('confirmation_required');

    const done = await w.holder.post(`/api/partners/${partner.id}/deactivate`, { json: { confirm: ' fjord installers ' } });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: 'deactivated', id: partner.id });
    // Irreversible and effective at once.
    expect((await w.holder.post(`/api/partners/${partner.id}/deactivate`, { json: { confirm: 'Fjord Installers' } })).status).toBe(409);
    expect((await w.holder.post(`/api/partners/${partner.id}/grants`, { json: { installation_id: w.installationId } })).status).toBe(409);
    expect(await t.deps.store.groups.findByLookupKey(partner.lookup_key)).toBeUndefined();
    const adaId = (await t.deps.store.users.findByEmail('ada@fjord.example'))!.id;
    expect(await t.deps.store.groups.listMemberships(adaId)).toEqual([]);
    expect((await ada.get(`/api/partners/${partner.id}`)).status).toBe(404);
    expect((await ada.post(`/api/partners/${partner.id}/invitations`, { json: { email: 'z@fjord.example', role: 'member' } })).status).toBe(404);
    expect((await t.client().get(`/api/invitations/${pendingBob}`)).status).toBe(404);
    expect((await t.client().get(`/logos/${partner.id}`)).status).toBe(404);
    // The slot is free again.
    expect((await (await w.holder.get(`/api/organisations/${w.organisationId}`)).json()).active_partners).toBe(0);
    const actions = ((await t.deps.store.audit.listForGroup(partner.id, { limit: 200 })).items).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['grant.created', 'grant.revoked', 'partner.deactivated']));
    // The account holder reads the partner's whole history; a former member cannot.
    const history = await (await w.holder.get(`/api/partners/${partner.id}/audit`)).json();
    expect(history.items.find((e: { type: string }) => e.type === 'partner.deactivated')).toMatchObject({ actor: { kind: 'user', name: 'Hana Holder' }, group_id: partner.id });
    expect(history.items.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['partner.registered', 'partner.admin_invited', 'partner.invitation_accepted', 'partner.admin_changed', 'partner.member_invited']));
    expect((await ada.get(`/api/partners/${partner.id}/audit`)).status).toBe(404);
  });
});
