import { afterEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { silentLogger } from '../logger.js';
import { createPartnerWorld, registration } from '../testing/partner-fixtures.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { storeKinds } from '../testing/test-database.js';
import { loadMailConfig } from './config.js';
import { createMailService } from './mail-service.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server (smtp-server) on a free port that keeps what it receives, or refuses it. */
async function startSmtp({ refuse = false } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refuse) return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Undo quoted-printable soft breaks and =XX escapes (nodemailer encodes long lines). */
const decodeQp = (s: string) => s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe.each(storeKinds)('invitation mail on %s', (kind) => {
  let t: TestApp | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  afterEach(async () => {
    await t?.close();
    await smtp?.close();
    t = smtp = undefined;
  });

  it('sends the invitation over SMTP: recipient, subject and a working link; the outbox keeps no body', async () => {
    smtp = await startSmtp();
    t = await createTestApp({ kind, env: { GRANTKIT_SMTP_URL: smtp.url, GRANTKIT_MAIL_FROM: 'Helio Grid <partners@helio.example>' } });
    const w = await createPartnerWorld(t);
    const res = await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    expect(res.status).toBe(201);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['ada@fjord.example']);
    expect(mail!.from).toBe('partners@helio.example');
    const raw = decodeQp(mail!.raw);
    expect(raw).toMatch(/^Subject: You are invited to administer Fjord Installers$/m);
    const token = /http:\/\/localhost:4000\/invitations\/([A-Za-z0-9_-]{43})/.exec(raw)?.[1];
    expect(token).toBeDefined();
    // The link in the delivered mail is the one that works.
    const view = await t.client().get(`/api/invitations/${token}`);
    expect(view.status).toBe(200);
    // Delivered: the outbox row is marked sent and no longer holds the link; no mailbox with SMTP.
    const [row] = await t.deps.store.outbox.list('email');
    expect(row).toMatchObject({ status: 'sent', recipient: 'ada@fjord.example', attempts: 1 });
    expect(JSON.stringify(row!.payload)).not.toContain(token!);
    expect((await t.client().get('/api/mailbox')).status).toBe(404);
  });

  it('keeps a refused message pending with backoff and delivers it on a later flush', async () => {
    smtp = await startSmtp({ refuse: true });
    t = await createTestApp({ kind, env: { GRANTKIT_SMTP_URL: smtp.url } });
    const w = await createPartnerWorld(t);
    // The registration still succeeds: mail failures never undo the invitation.
    expect((await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() })).status).toBe(201);
    const [pending] = await t.deps.store.outbox.list('email');
    expect(pending).toMatchObject({ status: 'pending', attempts: 1 });
    expect(pending!.lastError).toMatch(/550/);
    await smtp.close();
    smtp = await startSmtp();
    const mail = createMailService({ config: loadMailConfig({ GRANTKIT_SMTP_URL: smtp.url }, false), logger: silentLogger, clock: t.clock.now });
    expect(await mail.flush(t.deps.store.outbox)).toBe(0); // not due yet (30 s backoff)
    t.clock.advance(31_000);
    expect(await mail.flush(t.deps.store.outbox)).toBe(1);
    expect(smtp.received[0]!.to).toEqual(['ada@fjord.example']);
    expect((await t.deps.store.outbox.findById(pending!.id))?.status).toBe('sent');
  });

  it('without SMTP, keeps mail in the outbox for the mailbox page', async () => {
    t = await createTestApp({ kind });
    const w = await createPartnerWorld(t);
    await w.holder.post(`/api/organisations/${w.organisationId}/partners`, { json: registration() });
    const [row] = await t.deps.store.outbox.list('email');
    expect(row).toMatchObject({ status: 'stored', recipient: 'ada@fjord.example', attempts: 0 });
    const page = await t.client().get('/mailbox');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('You are invited to administer Fjord Installers');
    expect(html).toMatch(/href="http:\/\/localhost:4000\/invitations\/[A-Za-z0-9_-]{43}"/);
    const filtered = await (await t.client().get('/api/mailbox?to=someone@else.example')).json();
    expect(filtered.items).toEqual([]);
  });

  it('hides the mailbox in production even without SMTP', async () => {
    t = await createTestApp({ kind, env: { NODE_ENV: 'production', GRANTKIT_SECRET: Buffer.alloc(32, 7).toString('base64url') } });
    expect((await t.client().get('/api/mailbox')).status).toBe(404);
    expect((await t.client().get('/mailbox')).status).toBe(404);
  });
});

describe.each(storeKinds)('outbox retries on %s', (kind) => {
  it('retries a failed message on its own after the backoff, without another send', async () => {
    const t = await createTestApp({ kind });
    try {
      const sent: string[] = [];
      let failures = 1;
      const mail = createMailService({
        config: loadMailConfig({}, false),
        logger: silentLogger,
        clock: () => new Date(),
        backoff: () => 0.2,
        mailer: {
          async send(m) {
            if (failures-- > 0) throw new Error('421 try again later');
            sent.push(m.to);
          },
          close() {},
        },
      });
      const outbox = t.deps.store.outbox;
      await mail.queue(outbox, { to: 'ada@fjord.example', subject: 'Hi', text: 'link', html: '<p>link</p>' }, { at: new Date() });
      expect(await mail.flush(outbox)).toBe(0);
      expect(sent).toEqual([]); // refused once; nothing more until the timer
      for (let i = 0; i < 250 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(sent).toEqual(['ada@fjord.example']);
      // The send resolves before the outbox row is marked sent: wait for the mark, not only the send.
      for (let i = 0; i < 250 && (await outbox.list('email'))[0]?.status !== 'sent'; i++) await new Promise((r) => setTimeout(r, 20));
      expect((await outbox.list('email'))[0]).toMatchObject({ status: 'sent', attempts: 2, payload: { redacted: true } });
      mail.close();
    } finally {
      await t.close();
    }
  });

  it('still retries when the timer fires before the clock reaches the retry time', async () => {
    // Node runs timers on the event loop's cached time, which lags the wall clock after a busy
    // stretch: here the clock is pushed 150 ms behind right after the failure, so the 200 ms
    // timer fires while the message is not yet due by the clock.
    const t = await createTestApp({ kind });
    try {
      const sent: string[] = [];
      let failures = 1;
      let lag = 0;
      const mail = createMailService({
        config: loadMailConfig({}, false),
        logger: silentLogger,
        clock: () => new Date(Date.now() - lag),
        backoff: () => 0.2,
        mailer: {
          async send(m) {
            if (failures-- > 0) throw new Error('421 try again later');
            sent.push(m.to);
          },
          close() {},
        },
      });
      const outbox = t.deps.store.outbox;
      await mail.queue(outbox, { to: 'ada@fjord.example', subject: 'Hi', text: 'link', html: '<p>link</p>' }, { at: new Date() });
      expect(await mail.flush(outbox)).toBe(0);
      lag = 150;
      for (let i = 0; i < 250 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(sent).toEqual(['ada@fjord.example']);
      mail.close();
    } finally {
      await t.close();
    }
  });
});

describe('mail config', () => {
  it('validates the SMTP URL and the invitation lifetime', () => {
    expect(() => loadMailConfig({ GRANTKIT_SMTP_URL: 'http://mail' }, false)).toThrow(/smtp:\/\//);
    expect(() => loadMailConfig({ GRANTKIT_INVITATION_TTL_HOURS: '0' }, false)).toThrow(/1 to 720/);
    expect(loadMailConfig({}, false)).toMatchObject({ mailbox: true, invitationTtlHours: 72 });
    expect(loadMailConfig({ GRANTKIT_SMTP_URL: 'smtp://127.0.0.1:25' }, false).mailbox).toBe(false);
    expect(loadMailConfig({}, true).mailbox).toBe(false);
    // A reachable server keeps it off unless asked; a local demo has it on.
    expect(loadMailConfig({}, false, 'https://portal.example.com').mailbox).toBe(false);
    // Loopback is the one rule of @grantkit/sdk/rules: all of 127/8 and *.localhost, not only 127.0.0.1.
    for (const url of ['http://127.0.0.2:4000', 'http://portal.localhost:4000', 'http://[::1]:4000']) expect(loadMailConfig({}, false, url).mailbox, url).toBe(true);
    expect(loadMailConfig({}, false, 'http://10.0.0.2:4000').mailbox).toBe(false);
    expect(loadMailConfig({ GRANTKIT_MAILBOX: 'on' }, false, 'https://portal.example.com').mailbox).toBe(true);
    expect(loadMailConfig({}, false, 'http://127.0.0.1:4000').mailbox).toBe(true);
  });
});
