/**
 * @module cli/service-account
 * `grantkit-server service-account create --group <lookup key> --name <name> [--installation <id>] [--permissions <names>]`
 * creates a service account for operators and prints `{"client_id": "…", "client_secret": "…"}`
 * once on standard output (everything else goes to standard error, so the output can be piped).
 */
import type { Config } from '../config.js';
import { createServiceAccount } from '../domain/service-accounts.js';
import { DomainError } from '../errors.js';
import type { Store } from '../storage/store.js';
import type { CliIo, Command } from './command.js';
import { optionError, parseOptions } from './options.js';
import { withStore } from './with-store.js';

const OPTIONS = { group: { type: 'string' }, name: { type: 'string' }, installation: { type: 'string' }, permissions: { type: 'string' } } as const;

const HELP = [
  'Usage: grantkit-server service-account create --group <lookup key> --name <name> [--installation <id>] [--permissions <names>]',
  '',
  'Creates a service account for the group and prints its credentials once, as JSON on stdout:',
  '  {"client_id": "gksa_…", "client_secret": "gks_…", "token_endpoint": "…/oauth/token"}',
  'The secret is stored only as a hash: keep the output, it cannot be shown again.',
  '',
  'Options:',
  '  --group         the group\'s lookup key (e.g. TZBV)',
  '  --name          a name unique within the group',
  '  --installation  limit the account to one installation the group has a grant for (data set)',
  '  --permissions   comma-separated: its own permission set (installation:read implied; default: all)',
].join('\n');

/** The command's work on an open store (tests call it with a test database). */
export async function createServiceAccountFromCli(store: Store, config: Pick<Config, 'publicUrl' | 'passwordCost'>, args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args, OPTIONS);
  if (typeof options === 'string') {
    io.err(optionError('service-account create', options));
    return 2;
  }
  const { group: lookupKey, name } = options;
  if (!lookupKey || !name) {
    io.err(`--group and --name are required.\n\n${HELP}`);
    return 2;
  }
  const group = await store.groups.findByLookupKey(lookupKey);
  if (!group) {
    io.err(`No active group has the lookup key "${lookupKey}".`);
    return 1;
  }
  try {
    const { account, clientSecret } = await createServiceAccount(
      { store, now: new Date(), passwordCost: config.passwordCost },
      { userId: null, label: 'operator (CLI)' },
      group.id,
      { name, installationId: options.installation ?? null, permissions: options.permissions?.split(',').map((p) => p.trim()).filter(Boolean) ?? null },
    );
    io.out(JSON.stringify({ client_id: account.clientId, client_secret: clientSecret, token_endpoint: `${config.publicUrl}/oauth/token` }));
    io.err(`Created service account "${account.name}" for ${group.name} (${group.lookupKey}). The secret above is shown only once.`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

export const serviceAccountCreateCommand: Command = {
  name: 'service-account create',
  summary: 'Create a service account and print its client_id and client_secret once',
  help: HELP,
  options: OPTIONS,
  run: (args, io) => withStore((store, config) => createServiceAccountFromCli(store, config, args, io)),
};
