/**
 * @module cli/organisation
 * Operator commands for organisations (enterprise accounts), which the API does not create:
 * `organisation create --name <name> --holder <email> [--partner-limit <n>]`,
 * `organisation add-holder --id <organisation id> --holder <email>` and
 * `organisation set-limit --id <organisation id> --partner-limit <n>`. Output is JSON on stdout.
 */
import { isUuid } from '@grantkit/sdk/rules';
import { recordEvent } from '../domain/events.js';
import type { Store } from '../storage/store.js';
import type { CliIo, Command } from './command.js';
import { optionError, parseOptions } from './options.js';
import { withStore } from './with-store.js';

const OPTIONS = { name: { type: 'string' }, holder: { type: 'string' }, 'partner-limit': { type: 'string' }, id: { type: 'string' } } as const;

const HELP = [
  'Usage:',
  '  grantkit-server organisation create --name <name> --holder <email> [--partner-limit <n>]',
  '  grantkit-server organisation add-holder --id <organisation id> --holder <email>',
  '  grantkit-server organisation set-limit --id <organisation id> --partner-limit <n>',
  '',
  'An organisation registers partners; its account holders (existing users, by email) do so in',
  '<gk-partners> or through the API. --partner-limit caps its active partners (default 10).',
].join('\n');

function limitOf(raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 10_000 ? n : `--partner-limit must be a whole number from 0 to 10000 (got "${raw}").`;
}

/** The commands' work on an open store (tests call it with a test database). */
export async function organisationFromCli(store: Store, action: 'create' | 'add-holder' | 'set-limit', args: string[], io: CliIo, now = new Date()): Promise<number> {
  const options = parseOptions(args, OPTIONS);
  const usage = (message: string) => (io.err(`${message}\n\n${HELP}`), 2);
  if (typeof options === 'string') return (io.err(optionError(`organisation ${action}`, options)), 2);
  const limit = limitOf(options['partner-limit']);
  if (typeof limit === 'string') return usage(limit);
  const id = options.id;
  if (action !== 'create' && (!id || !isUuid(id))) return usage('--id <organisation id> is required.');
  const organisation = id ? await store.organisations.findById(id) : undefined;
  if (id && !organisation) {
    io.err(`No organisation has the id ${id}.`);
    return 1;
  }
  const holderEmail = options.holder;
  const holder = holderEmail ? await store.users.findByEmail(holderEmail) : undefined;
  if (holderEmail && !holder) {
    io.err(`No user has the email ${holderEmail}; the account holder must have an account first.`);
    return 1;
  }
  const operator = { at: now, actorLabel: 'operator (CLI)' };

  if (action === 'create') {
    const name = options.name?.trim();
    if (!name || !holder) return usage('--name and --holder are required.');
    const created = await store.transaction(async (tx) => {
      const o = await tx.organisations.create({ name, ...(limit === undefined ? {} : { partnerLimit: limit }) });
      await tx.organisations.addAccountHolder(o.id, holder.id);
      await recordEvent(tx, {
        ...operator,
        type: 'organisation.created',
        organisationId: o.id,
        subjectId: o.id,
        data: { name, holder_user_id: holder.id, partner_limit: o.partnerLimit },
      });
      return o;
    });
    io.out(JSON.stringify({ id: created.id, name: created.name, partner_limit: created.partnerLimit }));
    return 0;
  }
  if (action === 'add-holder') {
    if (!holder) return usage('--holder <email> is required.');
    await store.transaction(async (tx) => {
      await tx.organisations.addAccountHolder(id!, holder.id);
      await recordEvent(tx, { ...operator, type: 'organisation.account_holder_added', organisationId: id!, subjectId: id!, data: { holder_user_id: holder.id } });
    });
    io.out(JSON.stringify({ id, holder: holder.email }));
    return 0;
  }
  if (limit === undefined) return usage('--partner-limit <n> is required.');
  await store.transaction(async (tx) => {
    await tx.organisations.setPartnerLimit(id!, limit);
    await recordEvent(tx, {
      ...operator,
      type: 'organisation.partner_limit_changed',
      organisationId: id!,
      subjectId: id!,
      data: { from: organisation!.partnerLimit, to: limit },
    });
  });
  if (organisation!.activePartners > limit) {
    io.err(`Note: ${organisation!.activePartners} partners are active, more than ${limit}; no new partner can be added until some are deactivated.`);
  }
  io.out(JSON.stringify({ id, partner_limit: limit }));
  return 0;
}

const command = (action: 'create' | 'add-holder' | 'set-limit', summary: string): Command => ({
  name: `organisation ${action}`,
  summary,
  help: HELP,
  options: OPTIONS,
  run: (args, io) => withStore((store) => organisationFromCli(store, action, args, io)),
});

export const organisationCommands: Command[] = [
  command('create', 'Create an organisation with an account holder (who may register partners)'),
  command('add-holder', 'Add an account holder to an organisation'),
  command('set-limit', "Change an organisation's cap of active partners"),
];
