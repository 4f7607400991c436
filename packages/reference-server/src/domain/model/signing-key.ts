/**
 * @module domain/model/signing-key
 * Entity types and the storage port (implemented by storage/signing-key-store.ts) of this part of the domain.
 */

export interface StoredSigningKey {
  readonly kid: string;
  readonly alg: 'ES256' | 'EdDSA';
  readonly publicJwk: Readonly<Record<string, unknown>>;
  readonly privateJwkEncrypted: string;
  readonly createdAt: Date;
  /** When the key starts signing (a rotated-in key is published first, migration 0021). */
  readonly signsFrom: Date;
  /** When the key stops signing (the next key's signsFrom); null for the newest key. */
  readonly retiredAt: Date | null;
  /** After this instant every token the key signed has expired: it leaves the JWKS. */
  readonly removedAfter: Date | null;
}

export type NewSigningKey = Pick<StoredSigningKey, 'kid' | 'alg' | 'publicJwk' | 'privateJwkEncrypted' | 'signsFrom'> & { createdAt: Date };

export interface SigningKeyStore {
  /** The active key and the retired keys not yet removed at `now`, newest first. */
  listPublished(now: Date): Promise<StoredSigningKey[]>;
  /**
   * Inserts `key` as the active key unless one exists already (another instance won the race);
   * returns true when inserted.
   */
  insertIfNoActive(key: NewSigningKey): Promise<boolean>;
  /**
   * Makes `key` the newest key, signing from `key.signsFrom`; the current newest key signs until
   * then and stays published until `removedAfter`. One transaction.
   */
  rotate(key: NewSigningKey, removedAfter: Date): Promise<{ retired: string | null }>;
  /** Deletes keys removed before `now`; returns their kids. */
  deleteRemoved(now: Date): Promise<string[]>;
}
