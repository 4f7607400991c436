/**
 * @module storage/token-store
 * What the token service remembers about issued access tokens: revoked `jti`s (RFC 7009) and
 * which tokens each authorization code produced, so a replayed code revokes them
 * (RFC 6749 §4.1.2, RFC 9700 §4.5). The code itself is consumed atomically by the core's
 * access-request store (`consumeAuthorizationCode`).
 */
import type { Executor } from './executor.js';
import type { TokenStore } from '../domain/model/token.js';

export function createTokenStore(db: Executor): TokenStore {
  return {
    async revoke(jti, expiresAt, at) {
      await db.query(
        `INSERT INTO revoked_tokens (jti, expires_at, revoked_at) VALUES ($1, $2, $3) ON CONFLICT (jti) DO NOTHING`,
        [jti, expiresAt, at],
      );
    },
    async isRevoked(jti) {
      const rows = await db.query(`SELECT 1 FROM revoked_tokens WHERE jti = $1`, [jti]);
      return rows.length > 0;
    },
    async revokeCodeTokens(codeHash, now) {
      const rows = await db.query(
        `INSERT INTO revoked_tokens (jti, expires_at, revoked_at)
         SELECT jti, expires_at, $2 FROM authorization_code_tokens WHERE code_hash = $1
         ON CONFLICT (jti) DO NOTHING RETURNING jti`,
        [codeHash, now],
      );
      return rows.length;
    },
    async recordCodeToken(codeHash, jti, expiresAt) {
      await db.query(`INSERT INTO authorization_code_tokens (code_hash, jti, expires_at) VALUES ($1, $2, $3)`, [
        codeHash,
        jti,
        expiresAt,
      ]);
    },
    async prune(now) {
      const rows = await db.query(`DELETE FROM revoked_tokens WHERE expires_at < $1 RETURNING jti`, [now]);
      return rows.length;
    },
  };
}
