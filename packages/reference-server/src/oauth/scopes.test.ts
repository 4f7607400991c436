import { describe, expect, it } from 'vitest';
import { OAuthError } from './errors.js';
import { parseRequestedScope, SUPPORTED_SCOPES } from './scopes.js';

describe('parseRequestedScope (RFC 6749 §3.3)', () => {
  it('omitted or blank means every scope', () => {
    expect(parseRequestedScope(null)).toEqual([...SUPPORTED_SCOPES]);
    expect(parseRequestedScope('  ')).toEqual([...SUPPORTED_SCOPES]);
  });

  it('one scope, several scopes, repeats collapsed', () => {
    expect(parseRequestedScope('installation:read')).toEqual(['installation:read']);
    expect(parseRequestedScope('chargers:control  installation:read chargers:control')).toEqual(['chargers:control', 'installation:read']);
  });

  it('an unknown scope, alone or beside known ones, is invalid_scope', () => {
    for (const raw of ['admin', 'installation:read admin', 'installation:read\u00a0']) {
      expect(() => parseRequestedScope(raw)).toThrow(OAuthError);
    }
  });
});
