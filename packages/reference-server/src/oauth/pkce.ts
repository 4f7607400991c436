/**
 * @module oauth/pkce
 * PKCE S256 (RFC 7636 §4.6): BASE64URL(SHA256(ASCII(code_verifier))) must equal the stored
 * code_challenge, compared in constant time.
 */
import { createHash } from 'node:crypto';
import { base64url } from 'jose';
import { constantTimeEqual } from '../security/random.js';

/** RFC 7636 §4.1: 43-128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~". */
export const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

export function s256Challenge(verifier: string): string {
  return base64url.encode(createHash('sha256').update(verifier, 'ascii').digest());
}

export function verifyPkceS256(verifier: string, challenge: string): boolean {
  if (!CODE_VERIFIER.test(verifier)) return false;
  return constantTimeEqual(s256Challenge(verifier), challenge);
}
