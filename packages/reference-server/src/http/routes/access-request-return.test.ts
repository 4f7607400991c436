/**
 * The way back to the partner when the card is not the answer: an expired request (a 410 page in
 * the request's language, a 410 problem with `redirect_url`, both returning `error=expired` with
 * the request's `state` to the registered return URL only), and a link reopened after it was
 * answered (Back after deciding, or a reload), which shows that answer and records nothing more.
 */
import { consentStrings } from '@grantkit/elements/consent-strings';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_INSTALLATIONS, DEMO_PASSWORD, DEMO_RETURN_URLS, DEMO_USERS } from '../../seed/demo-data.js';
import { errorCodeFrom, openConsent, pkcePair } from '../../testing/access-request-helpers.js';
import { createTestApp, TEST_PUBLIC_URL, type TestApp, type TestClient } from '../../testing/test-app.js';
import { storeKinds } from '../../testing/test-database.js';
import { verifiedReturn } from '../../testing/signed-return.js';

const HOME = DEMO_INSTALLATIONS.home.id;
const RETURN_URL = DEMO_RETURN_URLS[0];

function link(params: Record<string, string>): string {
  return `/access/request/tzbv?${new URLSearchParams(params)}`;
}

/** The `href` of the page's "Back to {partner}" link, decoded. */
function backHref(html: string): string | null {
  const match = /<a class="button primary" href="([^"]+)" data-testid="back-to-partner">/.exec(html);
  return match ? match[1]!.replaceAll('&amp;', '&') : null;
}


describe.each(storeKinds)('the return trip on %s', (kind) => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());
  /** The return trip's parameters, with the URL they were added to; its signed `response` verified with jose. */
  const returnOf = (url: string) => verifiedReturn(t!, url);

  async function expireAfterOpening(owner: TestClient, params: Record<string, string>): Promise<string> {
    const { requestId } = await openConsent(owner, link(params), DEMO_USERS.owner.email);
    t!.clock.advance(t!.config.accessRequestTtlMinutes * 60_000 + 1000);
    return requestId;
  }

  /** A fresh app whose owner opened `params`' link and denied it: the answer a reopened link finds. */
  async function deniedBefore(params: Record<string, string>): Promise<{ owner: TestClient; requestId: string }> {
    t = await createTestApp({ kind, seed: true });
    const owner = t.client();
    const { requestId } = await openConsent(owner, link(params), DEMO_USERS.owner.email);
    await owner.post(`/api/access-requests/${requestId}/deny`);
    return { owner, requestId };
  }

  describe('an expired request', () => {
    it.each([
      ['en', 'This access request has expired', 'Back to Acme Energy', 'Nothing was shared.'],
      ['fr', consentStrings.fr.expiredTitle, consentStrings.fr.backTo('Acme Energy'), 'Rien n’a été partagé.'],
    ])('answers the no-JavaScript form with a 410 page in its language (%s) and the way back with error=expired', async (locale, title, button, nothing) => {
      t = await createTestApp({ kind, seed: true });
      const owner = t.client();
      const requestId = await expireAfterOpening(owner, { locale, return_url: RETURN_URL, state: 'st-exp' });
      for (const res of [
        await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: HOME } }),
        await owner.get(`/access/request/${requestId}/installations?q=home`),
      ]) {
        expect(res.status).toBe(410);
        expect(res.headers.get('location')).toBeNull();
        const html = await res.text();
        expect(errorCodeFrom(html)).toBe('access_request_expired');
        expect(html).toContain(`<html lang="${locale}">`);
        expect(html).toContain(title);
        expect(html).toContain(nothing);
        expect(html).toContain(`>${button}</a>`);
        const back = await returnOf(backHref(html)!);
        expect(back.base).toBe(RETURN_URL);
        expect(back.params).toEqual({ success: 'false', error: 'expired', lookup_key: 'TZBV', state: 'st-exp', iss: TEST_PUBLIC_URL });
      }
      // Nothing decided, nothing granted.
      expect((await t.deps.store.accessRequests.findById(requestId))?.status).toBe('pending');
      expect((await t.deps.store.grants.listForGroup(DEMO_GROUPS.acme.id, { limit: 200 })).items).toEqual([]);
    });

    it('answers the JSON API with a 410 problem whose redirect_url is that way back (read, approve, deny, cancel)', async () => {
      t = await createTestApp({ kind, seed: true });
      const owner = t.client();
      const { challenge } = pkcePair();
      const requestId = await expireAfterOpening(owner, { return_url: RETURN_URL, state: 'st-api', code_challenge: challenge, code_challenge_method: 'S256' });
      const calls = [
        owner.get(`/api/access-requests/${requestId}`),
        owner.get(`/api/access-requests/${requestId}/installations`),
        owner.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: HOME } }),
        owner.post(`/api/access-requests/${requestId}/deny`),
        owner.post(`/api/access-requests/${requestId}/cancel`, { json: { reason: 'cancelled' } }),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(410);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        const problem = await res.json();
        expect(problem).toMatchObject({ status: 410, code: 'access_request_expired' });
        const back = await returnOf(problem.redirect_url);
        expect(back.base).toBe(RETURN_URL);
        // No code: nothing was approved.
        expect(back.params).toEqual({ success: 'false', error: 'expired', lookup_key: 'TZBV', state: 'st-api', iss: TEST_PUBLIC_URL });
      }
      expect(await t.database.db.query('SELECT code_hash FROM authorization_codes')).toHaveLength(0);
      expect(await t.database.db.query(`SELECT id FROM audit_events WHERE action LIKE 'access_request.%'`)).toHaveLength(0);
    });

    it('without a return URL is a receipt that says what happened, and the problem has no redirect_url', async () => {
      t = await createTestApp({ kind, seed: true });
      const owner = t.client();
      const requestId = await expireAfterOpening(owner, { locale: 'de' });
      const page = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'deny' } });
      expect(page.status).toBe(410);
      const html = await page.text();
      expect(html).toContain('Die Anforderung von Acme Energy ist abgelaufen, bevor sie beantwortet wurde.');
      expect(html).toContain('Sie können diese Seite schließen.');
      expect(backHref(html)).toBeNull();
      const problem = await (await owner.get(`/api/access-requests/${requestId}`)).json();
      expect(problem.code).toBe('access_request_expired');
      expect(problem).not.toHaveProperty('redirect_url');
    });

    it('never sends the browser to a return URL the partner no longer registers', async () => {
      t = await createTestApp({ kind, seed: true });
      const owner = t.client();
      const requestId = await expireAfterOpening(owner, { return_url: RETURN_URL, state: 'st-gone' });
      await t.database.db.query('DELETE FROM group_return_urls WHERE group_id = $1 AND url = $2', [DEMO_GROUPS.acme.id, RETURN_URL]);
      const html = await (await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'deny' } })).text();
      expect(backHref(html)).toBeNull();
      expect(html).not.toContain(RETURN_URL);
      expect(await (await owner.get(`/api/access-requests/${requestId}`)).json()).not.toHaveProperty('redirect_url');
    });

    it('is someone else’s: 404 for them, with no way back leaked', async () => {
      t = await createTestApp({ kind, seed: true });
      const requestId = await expireAfterOpening(t.client(), { return_url: RETURN_URL, state: 'st-other' });
      const neighbour = t.client();
      await neighbour.login(DEMO_USERS.neighbour.email, DEMO_PASSWORD);
      const res = await neighbour.get(`/api/access-requests/${requestId}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain(RETURN_URL);
    });
  });

  describe('a link reopened after it was answered', () => {
    const approvals = async (app: TestApp) =>
      (await app.database.db.query(`SELECT id FROM audit_events WHERE action = 'access_request.approved'`)).length;

    it('after approving (Back, or a reload): "You already shared", the way back repeats the outcome without a code, nothing more recorded', async () => {
      t = await createTestApp({ kind, seed: true });
      const owner = t.client();
      const { challenge } = pkcePair();
      const params = { installation_id: HOME, return_url: RETURN_URL, state: 'st-back', code_challenge: challenge, code_challenge_method: 'S256' };
      const { requestId } = await openConsent(owner, link(params), DEMO_USERS.owner.email);
      const approved = await owner.post(`/access/request/${requestId}/decision`, { form: { decision: 'approve', installation_id: HOME } });
      expect(approved.status).toBe(303);
      const first = await returnOf(approved.headers.get('location')!);
      const requestsBefore = (await t.database.db.query('SELECT id FROM access_requests')).length;
      const grantsBefore = (await t.deps.store.grants.listForGroup(DEMO_GROUPS.acme.id, { limit: 200 })).items;
      expect(await approvals(t)).toBe(1);

      // The browser's Back (or a reload) asks for the same link again.
      const again = await owner.get(link(params));
      expect(again.status).toBe(200);
      const html = await again.text();
      expect(html).not.toContain('<gk-consent request-id=');
      expect(html).not.toContain('name="decision"');
      expect(html).toContain('You already shared Home with Acme Energy.');
      const back = await returnOf(backHref(html)!);
      expect(back.base).toBe(RETURN_URL);
      const { code, ...outcome } = first.params;
      expect(code).toBeTruthy();
      expect(back.params).toEqual(outcome);

      expect((await t.database.db.query('SELECT id FROM access_requests')).length).toBe(requestsBefore);
      expect((await t.deps.store.grants.listForGroup(DEMO_GROUPS.acme.id, { limit: 200 })).items).toEqual(grantsBefore);
      expect(await approvals(t)).toBe(1);
      expect(await t.database.db.query('SELECT code_hash FROM authorization_codes')).toHaveLength(1);
    });

    it('after denying: "You declined", in the link’s language, with error=access_denied on the way back', async () => {
      t = await createTestApp({ kind, seed: true });
      const owner = t.client();
      const params = { locale: 'pt', return_url: RETURN_URL, state: 'st-no' };
      const { requestId } = await openConsent(owner, link(params), DEMO_USERS.owner.email);
      expect((await owner.post(`/api/access-requests/${requestId}/deny`)).status).toBe(200);
      const html = await (await owner.get(link(params))).text();
      expect(html).toContain('<html lang="pt">');
      expect(html).toContain('Recusou o pedido de Acme Energy. Nada foi compartilhado.');
      expect((await returnOf(backHref(html)!)).params).toEqual({ success: 'false', error: 'access_denied', lookup_key: 'TZBV', state: 'st-no', iss: TEST_PUBLIC_URL });
      expect((await t.database.db.query('SELECT id FROM access_requests')).length).toBe(1);
    });

    it('without a return URL: a receipt without a way back', async () => {
      t = await createTestApp({ kind, seed: true });
      const owner = t.client();
      const params = { state: 'st-receipt' };
      const { requestId } = await openConsent(owner, link(params), DEMO_USERS.owner.email);
      await owner.post(`/api/access-requests/${requestId}/approve`, { json: { installation_id: HOME } });
      const html = await (await owner.get(link(params))).text();
      expect(html).toContain('You already shared Home with Acme Energy.');
      expect(html).toContain('You can close this page.');
      expect(backHref(html)).toBeNull();
    });

    it('opens a new request when anything differs: another state, another return URL, no state, or a cancelled answer', async () => {
      const params = { return_url: RETURN_URL, state: 'st-same' };
      const { owner } = await deniedBefore(params);
      for (const other of [{ ...params, state: 'st-other' }, { state: 'st-same' }]) {
        expect(await (await owner.get(link(other))).text()).toContain('<gk-consent request-id=');
      }
      // Without a state two visits cannot be told apart: each opens a request.
      const stateless = await openConsent(t!.client(), link({ return_url: RETURN_URL }), DEMO_USERS.owner.email);
      await owner.post(`/api/access-requests/${stateless.requestId}/deny`);
      expect(await (await owner.get(link({ return_url: RETURN_URL }))).text()).toContain('<gk-consent request-id=');
      // Going back without deciding is no answer: the card again.
      const cancelled = await owner.get(link({ return_url: RETURN_URL, state: 'st-cancel' }));
      const cancelledId = /<gk-consent request-id="([0-9a-f-]{36})"/.exec(await cancelled.text())![1]!;
      await owner.post(`/api/access-requests/${cancelledId}/cancel`, { json: { reason: 'cancelled' } });
      expect(await (await owner.get(link({ return_url: RETURN_URL, state: 'st-cancel' }))).text()).toContain('<gk-consent request-id=');
    });

    it('is only ever the same user’s: another person opening the same link gets the card', async () => {
      const params = { return_url: RETURN_URL, state: 'st-mine' };
      const { requestId } = await deniedBefore(params);
      const { html } = await openConsent(t!.client(), link(params), DEMO_USERS.neighbour.email);
      expect(html).toContain('<gk-consent request-id=');
      expect(html).not.toContain(requestId);
    });

    it('stores nothing and shows no receipt for a bad link, even with a state answered before', async () => {
      const params = { return_url: RETURN_URL, state: 'st-bad' };
      const { owner } = await deniedBefore(params);
      const before = (await t!.database.db.query('SELECT id FROM access_requests')).length;
      const bad = await owner.get(link({ ...params, installation_id: '42' }));
      expect(bad.status).toBe(400);
      expect(errorCodeFrom(await bad.text())).toBe('validation_failed');
      const unregistered = await owner.get(link({ ...params, return_url: 'https://evil.example/return' }));
      expect(unregistered.status).toBe(400);
      expect(await unregistered.text()).not.toContain('back-to-partner');
      expect((await t!.database.db.query('SELECT id FROM access_requests')).length).toBe(before);
    });
  });
});
