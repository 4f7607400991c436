/**
 * @module storage/signing-key-store
 * JWS signing keys shared by every server instance through the database. The private JWK is
 * stored encrypted (oauth/key-encryption.ts); this store never sees it in clear.
 */
import type { Executor } from './executor.js';
import type { StoredSigningKey, NewSigningKey, SigningKeyStore } from '../domain/model/signing-key.js';

interface KeyRow {
  kid: string;
  alg: 'ES256' | 'EdDSA';
  public_jwk: Record<string, unknown>;
  private_jwk_encrypted: string;
  created_at: Date;
  signs_from: Date;
  retired_at: Date | null;
  removed_after: Date | null;
}

const toKey = (r: KeyRow): StoredSigningKey => ({
  kid: r.kid,
  alg: r.alg,
  publicJwk: r.public_jwk,
  privateJwkEncrypted: r.private_jwk_encrypted,
  createdAt: r.created_at,
  signsFrom: r.signs_from,
  retiredAt: r.retired_at,
  removedAfter: r.removed_after,
});

export function createSigningKeyStore(db: Executor): SigningKeyStore {
  const insert = (tx: Executor, k: NewSigningKey, onConflict: string) =>
    tx.query(
      `INSERT INTO signing_keys (kid, alg, public_jwk, private_jwk_encrypted, created_at, signs_from) VALUES ($1, $2, $3, $4, $5, $6)
       ${onConflict} RETURNING kid`,
      [k.kid, k.alg, k.publicJwk, k.privateJwkEncrypted, k.createdAt, k.signsFrom],
    );
  return {
    async listPublished(now) {
      const rows = await db.query<KeyRow>(
        `SELECT * FROM signing_keys WHERE removed_after IS NULL OR removed_after > $1 ORDER BY created_at DESC`,
        [now],
      );
      return rows.map(toKey);
    },
    async insertIfNoActive(key) {
      const rows = await insert(db, key, `ON CONFLICT ((true)) WHERE retired_at IS NULL DO NOTHING`);
      return rows.length > 0;
    },
    async rotate(key, removedAfter) {
      return db.transaction(async (tx) => {
        const retired = await tx.query<{ kid: string }>(
          `UPDATE signing_keys SET retired_at = $1, removed_after = $2 WHERE retired_at IS NULL RETURNING kid`,
          [key.signsFrom, removedAfter],
        );
        await insert(tx, key, '');
        return { retired: retired[0]?.kid ?? null };
      });
    },
    async deleteRemoved(now) {
      const rows = await db.query<{ kid: string }>(`DELETE FROM signing_keys WHERE removed_after <= $1 RETURNING kid`, [now]);
      return rows.map((r) => r.kid);
    },
  };
}
