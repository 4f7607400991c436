/**
 * The at-most-once rules under concurrency: with PostgreSQL the requests really run at the same
 * time on separate connections, so these pass only because the database enforces the rules
 * (a row lock for the cap, one conditional UPDATE for the link).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPartnerWorld, invitationLink, registration } from '../../testing/partner-fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

describe.each(storeKinds)('partner races on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('lets only one of several simultaneous registrations take the last slot', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t, { partnerLimit: 1 });
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((n) => w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration({ name: `Partner ${n}` }) })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(await t.deps.store.partners.countActive(w.organisationId)).toBe(1);
  });

  it('uses an invitation link once even when it is accepted twice at the same moment', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
    await t.createUser('ada@fjord.example', 'a long enough password', 'Ada Admin');
    const token = await invitationLink(t, 'ada@fjord.example');
    const ada = t.client();
    await ada.login('ada@fjord.example', 'a long enough password');
    const results = await Promise.all([1, 2, 3].map(() => ada.post(`/api/invitations/${token}/accept`, { json: {} })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const accepted = ((await t.deps.store.audit.listForGroup(partner.id, { limit: 200 })).items).filter((e) => e.action === 'partner.invitation_accepted');
    expect(accepted).toHaveLength(1);
  });
});
