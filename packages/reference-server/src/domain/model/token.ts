/**
 * @module domain/model/token
 * Entity types and the storage port (implemented by storage/token-store.ts) of this part of the domain.
 */

export interface TokenStore {
  /** Revokes one token; idempotent. */
  revoke(jti: string, expiresAt: Date, at: Date): Promise<void>;
  isRevoked(jti: string): Promise<boolean>;
  /** Revokes every token issued from the code (called when the code is replayed); returns how many. */
  revokeCodeTokens(codeHash: string, now: Date): Promise<number>;
  /** Remembers a token issued from a code. */
  recordCodeToken(codeHash: string, jti: string, expiresAt: Date): Promise<void>;
  /** Forgets revocations of tokens that have expired anyway. */
  prune(now: Date): Promise<number>;
}
