import { afterEach, describe, expect, it } from 'vitest';
import { createPartnerWorld, invitationLink, registration } from '../../testing/partner-fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';

describe.each(storeKinds)('the invitation page on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('lets a new person create the invited account and accept, once', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    const { partner } = await (await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).json();
    const token = await invitationLink(t, 'ada@fjord.example');
    const browser = t.client();
    const page = await browser.get(`/invitations/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('Join Fjord Installers');
    expect(html).toContain('Create account and accept');
    expect(html).toContain('value="ada@fjord.example" readonly');

    const weak = await browser.post(`/invitations/${token}`, { form: { action: 'register', name: 'Ada Admin', password: 'short' } });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('at least 10 characters');

    const done = await browser.post(`/invitations/${token}`, { form: { action: 'register', name: 'Ada Admin', password: 'a long enough password' } });
    expect(done.status).toBe(200);
    const welcome = await done.text();
    expect(welcome).toContain('You are now the partner admin of Fjord Installers.');
    expect(welcome).toContain(`<code data-testid="lookup-key">${partner.lookup_key}</code>`);

    const reused = await t.client().get(`/invitations/${token}`);
    expect(reused.status).toBe(409);
    expect(await reused.text()).toContain('<meta name="grantkit-error" content="invitation_used">');
  });

  it('asks an existing account to log in, refuses a wrong password and a cross-site post', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    await t.createUser('ada@fjord.example', 'adas existing password', 'Ada Existing');
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    const token = await invitationLink(t, 'ada@fjord.example');
    const browser = t.client();
    expect(await (await browser.get(`/invitations/${token}`)).text()).toContain('Log in and accept');
    const evil = await browser.post(`/invitations/${token}`, { form: { action: 'login', password: 'adas existing password' }, origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const wrong = await browser.post(`/invitations/${token}`, { form: { action: 'login', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('The email or password is not correct.');
    const ok = await browser.post(`/invitations/${token}`, { form: { action: 'login', password: 'adas existing password' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Welcome to Fjord Installers');
  });

  it('never writes the token in the access log, on the page, the API or a mistyped sub-path', async () => {
    const logLines: string[] = [];
    t = await createTestApp({ kind, logLines });
    const w = await createPartnerWorld(t);
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    const token = await invitationLink(t, 'ada@fjord.example');
    const browser = t.client();
    expect((await browser.get(`/invitations/${token}`)).status).toBe(200);
    expect((await browser.get(`/api/invitations/${token}`)).status).toBe(200);
    await browser.post(`/api/invitations/${token}/accept`, { json: {} });
    await browser.get(`/invitations/${token}/typo`);
    const paths = logLines.map((l) => JSON.parse(l) as { msg: string; path?: string }).filter((l) => l.msg === 'request').map((l) => l.path);
    expect(paths).toEqual(expect.arrayContaining(['/invitations/:token', '/api/invitations/:token', '/api/invitations/:token/accept', '/invitations/:token/typo']));
    expect(logLines.join('\n')).not.toContain(token);
  });

  it('shows a clear page for unknown and expired links', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    const token = await invitationLink(t, 'ada@fjord.example');
    const unknown = await t.client().get('/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    t.clock.advance(73 * 3600_000);
    const expired = await t.client().get(`/invitations/${token}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('This invitation link has expired.');
  });

  it('mails the invitation in the sender’s language, and its link opens the page in it', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration(), headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' } });
    const [mail] = (await (await t.client().get('/api/mailbox')).json()).items;
    expect(mail.subject).toBe('Einladung zur Verwaltung von Fjord Installers');
    expect(mail.text).toContain('Helio Grid hat Fjord Installers als Partner registriert');
    expect(mail.html).toContain('<html lang="de">');
    const link = new URL(mail.links[0]);
    expect(link.searchParams.get('lang')).toBe('de');
    const page = await (await t.client().get(link.pathname + link.search)).text();
    expect(page).toContain('Fjord Installers beitreten');
  });

  it('speaks the visitor’s language (Accept-Language or ?lang=)', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    const token = await invitationLink(t, 'ada@fjord.example');
    const fr = await (await t.client().get(`/invitations/${token}`, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })).text();
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Rejoindre Fjord Installers');
    expect(fr).toContain('Créer le compte et accepter');
    const pt = t.client();
    const short = await pt.post(`/invitations/${token}?lang=pt`, { form: { action: 'register', name: 'Ada', password: 'curta' } });
    expect(await short.text()).toContain('Escolha uma senha com pelo menos 10 caracteres.');
    const ok = await pt.post(`/invitations/${token}?lang=pt`, { form: { action: 'register', name: 'Ada', password: 'uma senha bem longa' } });
    expect(await ok.text()).toContain('Agora você é Admin da conta parceira de Fjord Installers.');
    const used = await t.client().get(`/invitations/${token}?lang=nb`);
    expect(await used.text()).toContain('Denne invitasjonslenken er allerede brukt.');
  });
});
