/**
 * @module testing/partner-fixtures
 * An organisation with an account holder who owns an installation, and helpers to register a
 * partner and read the invitation link out of the outbox, for partner tests.
 */
import type { TestApp, TestClient } from './test-app.js';

/** A real 1×1 PNG. */
export const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export interface PartnerWorld {
  readonly organisationId: string;
  readonly holder: TestClient;
  readonly holderId: string;
  readonly installationId: string;
}

export async function createPartnerWorld(t: TestApp, { partnerLimit }: { partnerLimit?: number } = {}): Promise<PartnerWorld> {
  const { store } = t.deps;
  const org = await store.organisations.create({ name: 'Helio Grid', ...(partnerLimit === undefined ? {} : { partnerLimit }) });
  const user = await t.createUser('holder@helio.example', undefined, 'Hana Holder');
  await store.organisations.addAccountHolder(org.id, user.id);
  const installation = await store.installations.create({ name: 'Helio HQ', address: 'Solveien 1' });
  await store.installations.addUser(installation.id, user.id, 'owner');
  const holder = t.client();
  await holder.login('holder@helio.example');
  return { organisationId: org.id, holder, holderId: user.id, installationId: installation.id };
}

export const registration = (overrides: Record<string, unknown> = {}) => ({
  name: 'Fjord Installers',
  logo: PNG_1X1,
  domains: ['fjord.example', '@Fjord-Service.example'],
  admin: { first_name: 'Ada', last_name: 'Admin', email: 'ada@fjord.example' },
  ...overrides,
});

/** The newest invitation link mailed to `to`, read from the outbox. */
export async function invitationLink(t: TestApp, to: string): Promise<string> {
  const mails = await t.deps.store.outbox.list('email');
  const mail = mails.find((m) => m.recipient === to);
  if (!mail) throw new Error(`no mail to ${to}`);
  const match = /https?:\/\/\S+\/invitations\/([A-Za-z0-9_-]+)/.exec(String(mail.payload.text));
  if (!match) throw new Error('no invitation link in the mail');
  return match[1]!;
}
