/**
 * The service-account API for group admins, end to end through HTTP: create (secret once),
 * list (last used, data set), regenerate, change password, delete; authorisation; audit; and
 * that secrets never reach the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';
import { basic, getToken, postForm, seedGroup, type TokenFixture } from '../../oauth/testing.js';

type Json = Record<string, any>;

describe.each(storeKinds)('service-account API on %s', (kind) => {
  let app: TestApp;
  let fx: TokenFixture;
  let admin: TestClient;
  const logLines: string[] = [];
  beforeAll(async () => {
    app = await createTestApp({ kind, logLines });
    fx = await seedGroup(app);
    admin = app.client();
    await admin.login(fx.adminEmail);
  });
  afterAll(() => app.close());
  const base = () => `/api/groups/${fx.groupId}/service-accounts`;

  it('creates an account, shows the generated secret once, and lists it without the secret', async () => {
    const res = await admin.post(base(), { json: { name: 'Lead export', installation_id: fx.installationId } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Json;
    expect(body.client_secret).toMatch(/^gks_[A-Za-z0-9_-]{43}$/);
    expect(body.client_id).toMatch(/^gksa_[0-9a-f]{24}$/);
    expect(body.token_endpoint).toBe(`${app.config.publicUrl}/oauth/token`);
    expect(body.service_account).toMatchObject({ name: 'Lead export', installation_id: fx.installationId, secret_kind: 'generated', last_used_at: null });

    await getToken(app, body.client_id, body.client_secret);
    const list = (await (await admin.get(base())).json()) as Json;
    const listed = list.items.find((i: Json) => i.id === body.service_account.id);
    expect(listed).toMatchObject({ name: 'Lead export', client_id: body.client_id, installation_name: `Site of ${fx.lookupKey}` });
    expect(listed.last_used_at).not.toBeNull();
    expect(JSON.stringify(list)).not.toContain(body.client_secret);
  });

  it('accepts a strong chosen password, refuses weak ones with a field error', async () => {
    for (const password of ['short', 'alllowercaseletters', `${fx.lookupKey}-Robot-2025!`]) {
      const res = await admin.post(base(), { json: { name: `weak ${password.length}`, password } });
      expect(res.status, password).toBe(400);
      const body = (await res.json()) as Json;
      expect(body.code).toBe('validation_failed');
      expect(body.errors[0]).toMatchObject({ field: 'password', code: 'weak_password' });
    }
    const ok = await admin.post(base(), { json: { name: 'Nightly sync', password: 'Correct-Horse-42' } });
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as Json;
    expect(body.client_secret).toBeNull();
    await getToken(app, body.client_id, 'Correct-Horse-42');
  });

  it('refuses a data set the group has no grant for, a duplicate name, and an empty name', async () => {
    const other = await app.deps.store.installations.create({ name: 'Not ours' });
    const cases: [Json, number, string][] = [
      [{ name: 'x', installation_id: other.id }, 400, 'validation_failed'],
      [{ name: '  ' }, 400, 'validation_failed'],
      [{ name: 'Lead export' }, 409, 'service_account_name_taken'],
      [{ name: 'LEAD EXPORT' }, 409, 'service_account_name_taken'],
    ];
    for (const [json, status, code] of cases) {
      const res = await admin.post(base(), { json });
      expect(res.status, JSON.stringify(json)).toBe(status);
      expect(((await res.json()) as Json).code).toBe(code);
    }
  });

  it('regenerates (with a grace period), changes the password and deletes, each audited', async () => {
    const created = (await (await admin.post(base(), { json: { name: 'Rotating' } })).json()) as Json;
    const id = created.service_account.id;
    const regen = await admin.post(`${base()}/${id}/regenerate`, { json: { grace_period_minutes: 10 } });
    expect(regen.status).toBe(200);
    const regenerated = (await regen.json()) as Json;
    expect(regenerated.client_secret).not.toBe(created.client_secret);
    await getToken(app, created.client_id, created.client_secret); // grace period
    await getToken(app, created.client_id, regenerated.client_secret);

    const noBody = await admin.post(`${base()}/${id}/regenerate`);
    expect(noBody.status).toBe(200);
    const badGrace = await admin.post(`${base()}/${id}/regenerate`, { json: { grace_period_minutes: -1 } });
    expect(badGrace.status).toBe(400);

    const pw = await admin.request('PUT', `${base()}/${id}/password`, { json: { password: 'Brand-New-Passw0rd' } });
    expect(pw.status).toBe(200);
    expect(((await pw.json()) as Json).service_account.secret_kind).toBe('password');
    await getToken(app, created.client_id, 'Brand-New-Passw0rd');

    const del = await admin.request('DELETE', `${base()}/${id}`);
    expect(del.status).toBe(204);
    const after = await postForm(app, '/oauth/token', { grant_type: 'client_credentials' }, { authorization: basic(created.client_id, 'Brand-New-Passw0rd') });
    expect(after.status).toBe(401);
    expect((await admin.request('DELETE', `${base()}/${id}`)).status).toBe(404);

    const actions = ((await app.deps.store.audit.listForGroup(fx.groupId, { limit: 200 })).items).filter((e) => e.subjectId === id).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['service_account.created', 'service_account.secret_regenerated', 'service_account.password_changed', 'service_account.deleted']),
    );
  });

  it('answers 404 to outsiders, 403 to plain members, 401 without a session', async () => {
    const outsider = app.client();
    await app.createUser(`outsider-${fx.lookupKey}@example.com`);
    await outsider.login(`outsider-${fx.lookupKey}@example.com`);
    expect((await outsider.get(base())).status).toBe(404);
    expect((await outsider.post(base(), { json: { name: 'intruder' } })).status).toBe(404);

    const member = app.client();
    const user = await app.createUser(`member-${fx.lookupKey}@example.com`);
    await app.deps.store.groups.upsertMember(fx.groupId, user.id, ['installer']);
    await member.login(`member-${fx.lookupKey}@example.com`);
    expect((await member.get(base())).status).toBe(403);

    expect((await app.client().get(base())).status).toBe(401);
    // Another group's account id under our group answers 404.
    const otherGroup = await seedGroup(app);
    const otherAdmin = app.client();
    await otherAdmin.login(otherGroup.adminEmail);
    const foreign = (await (await otherAdmin.post(`/api/groups/${otherGroup.groupId}/service-accounts`, { json: { name: 'theirs' } })).json()) as Json;
    expect((await admin.request('DELETE', `${base()}/${foreign.service_account.id}`)).status).toBe(404);
  });

  it('never writes a secret or password to the log', async () => {
    const created = (await (await admin.post(base(), { json: { name: 'Log check' } })).json()) as Json;
    await getToken(app, created.client_id, created.client_secret);
    await postForm(app, '/oauth/token', { grant_type: 'client_credentials', client_id: created.client_id, client_secret: created.client_secret });
    await postForm(app, '/oauth/token', { grant_type: 'client_credentials', client_id: created.client_id, client_secret: 'gks_wrong' });
    await admin.request('PUT', `${base()}/${created.service_account.id}/password`, { json: { password: 'Secret-Logged-N0t' } });
    await getToken(app, created.client_id, 'Secret-Logged-N0t');
    const log = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(5);
    expect(log).toContain(created.client_id);
    for (const secret of [created.client_secret, 'Secret-Logged-N0t', 'Correct-Horse-42', 'Brand-New-Passw0rd']) {
      expect(log).not.toContain(secret);
    }
  });
});
