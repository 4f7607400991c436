/**
 * @module cli/keys
 * `grantkit-server keys rotate`: a new signing key is published in the JWKS at once and starts
 * signing two minutes later (so verifiers with a cached JWKS know it first); the retired one stays
 * in the JWKS until every token it signed has expired (token lifetime + 1 minute), then is deleted
 * by a later rotation. Running servers pick the new key up within a minute.
 */
import type { Config } from '../config.js';
import { createLogger } from '../logger.js';
import { KeyRing } from '../oauth/keys.js';
import type { Store } from '../storage/store.js';
import type { CliIo, Command } from './command.js';
import { withStore } from './with-store.js';

export async function rotateKeysFromCli(store: Store, config: Pick<Config, 'secret' | 'signingAlg' | 'tokenTtlMinutes'>, io: CliIo, clock = () => new Date()): Promise<number> {
  const keys = new KeyRing({ store: store.signingKeys, config, clock, logger: createLogger({ write: (l) => io.err(l) }) });
  await keys.init();
  const { kid, retired, signsFrom, removedAfter } = await keys.rotate();
  io.out(
    JSON.stringify({ kid, alg: config.signingAlg, signs_from: signsFrom.toISOString(), retired, retired_key_published_until: removedAfter.toISOString() }),
  );
  return 0;
}

export const keysRotateCommand: Command = {
  name: 'keys rotate',
  summary: 'Start signing tokens with a new key (the old one stays in the JWKS until its tokens expire)',
  help: [
    'Usage: grantkit-server keys rotate',
    '',
    'Generates a new signing key (GRANTKIT_SIGNING_ALG, default ES256), stores it encrypted with',
    'GRANTKIT_SECRET and publishes it in the JWKS; it starts signing two minutes later. The previous',
    'key keeps verifying until the tokens it signed have expired (GRANTKIT_TOKEN_TTL_MINUTES + 1',
    'minute). Prints the new kid and when it starts signing as JSON.',
  ].join('\n'),
  run: (_args, io) => withStore((store, config) => rotateKeysFromCli(store, config, io)),
};
