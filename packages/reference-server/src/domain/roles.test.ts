import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../errors.js';
import type { GroupRole } from './model/group.js';
import { assertKeepsAnAdmin, hasAdminRole, mergeRoles, rolesToAdd, validateRoleSelection } from './roles.js';

const catalogue: GroupRole[] = [
  { key: 'admin', name: 'Administrator', kind: 'admin', exclusive: false },
  { key: 'installer', name: 'Installer', kind: 'user', exclusive: false },
  { key: 'operator', name: 'Operator', kind: 'user', exclusive: false },
  { key: 'auditor', name: 'Auditor (read-only)', kind: 'user', exclusive: true },
];

function fieldCodes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).errors.map((e) => e.code);
  }
  throw new Error('expected a ValidationError');
}

describe('validateRoleSelection', () => {
  it('returns the roles de-duplicated in catalogue order', () => {
    expect(validateRoleSelection(catalogue, ['operator', ' installer ', 'operator'])).toEqual(['installer', 'operator']);
    expect(validateRoleSelection(catalogue, ['auditor'])).toEqual(['auditor']);
  });

  it('requires at least one role', () => {
    expect(fieldCodes(() => validateRoleSelection(catalogue, []))).toEqual(['roles_required']);
    expect(fieldCodes(() => validateRoleSelection(catalogue, ['  ']))).toEqual(['roles_required']);
  });

  it('refuses roles the group does not have, naming them', () => {
    expect(fieldCodes(() => validateRoleSelection(catalogue, ['installer', 'root']))).toEqual(['unknown_role']);
    expect(() => validateRoleSelection(catalogue, ['root'])).toThrow(/"root"/);
  });

  it('keeps an exclusive role alone', () => {
    expect(fieldCodes(() => validateRoleSelection(catalogue, ['auditor', 'installer']))).toEqual(['exclusive_role']);
    expect(() => validateRoleSelection(catalogue, ['auditor', 'admin'])).toThrow(/Auditor \(read-only\) cannot be combined/);
  });

  it('reports every problem at once', () => {
    expect(fieldCodes(() => validateRoleSelection(catalogue, ['auditor', 'ghost']))).toEqual(['unknown_role', 'exclusive_role']);
  });
});

describe('mergeRoles', () => {
  it('adds the code’s roles to an existing membership', () => {
    expect(mergeRoles(catalogue, ['operator'], ['installer'])).toEqual(['installer', 'operator']);
    expect(mergeRoles(catalogue, ['installer'], ['installer'])).toEqual(['installer']);
    expect(mergeRoles(catalogue, [], ['admin', 'operator'])).toEqual(['admin', 'operator']);
  });

  it('refuses a merge that combines an exclusive role, either way round', () => {
    for (const [existing, added] of [
      [['auditor'], ['installer']],
      [['installer'], ['auditor']],
    ] as const) {
      try {
        mergeRoles(catalogue, existing, added);
        throw new Error('expected roles_conflict');
      } catch (error) {
        expect(error).toBeInstanceOf(ConflictError);
        expect((error as ConflictError).code).toBe('roles_conflict');
        expect((error as ConflictError).status).toBe(409);
      }
    }
  });

  it('lets an exclusive role be redeemed again on its own', () => {
    expect(mergeRoles(catalogue, ['auditor'], ['auditor'])).toEqual(['auditor']);
  });

  it('drops code roles the catalogue no longer has, and refuses when nothing is left', () => {
    expect(mergeRoles(catalogue, [], ['installer', 'retired'])).toEqual(['installer']);
    expect(() => mergeRoles(catalogue, [], ['retired'])).toThrow(ConflictError);
  });
});

describe('rolesToAdd', () => {
  it('names the code’s roles the membership lacks, in catalogue order', () => {
    expect(rolesToAdd(catalogue, [], ['operator', 'installer'])).toEqual(['installer', 'operator']);
    expect(rolesToAdd(catalogue, ['installer'], ['operator', 'installer'])).toEqual(['operator']);
  });

  it('is empty when the membership already has every role of the code, or the catalogue no longer has them', () => {
    expect(rolesToAdd(catalogue, ['installer', 'operator'], ['installer'])).toEqual([]);
    expect(rolesToAdd(catalogue, ['installer'], ['retired'])).toEqual([]);
  });
});

describe('assertKeepsAnAdmin', () => {
  const members = [
    { userId: 'a', roles: ['admin'] },
    { userId: 'b', roles: ['installer'] },
  ];

  it('refuses removing or demoting the last admin with last_admin', () => {
    expect(() => assertKeepsAnAdmin(catalogue, members, 'a', null)).toThrow(expect.objectContaining({ code: 'last_admin', status: 409 }));
    expect(() => assertKeepsAnAdmin(catalogue, members, 'a', ['installer'])).toThrow(expect.objectContaining({ code: 'last_admin' }));
  });

  it('allows it when another admin remains, and always for non-admins', () => {
    const two = [...members, { userId: 'c', roles: ['admin', 'operator'] }];
    expect(() => assertKeepsAnAdmin(catalogue, two, 'a', null)).not.toThrow();
    expect(() => assertKeepsAnAdmin(catalogue, members, 'b', null)).not.toThrow();
    expect(() => assertKeepsAnAdmin(catalogue, members, 'a', ['admin', 'installer'])).not.toThrow();
  });

  it('knows admin roles by kind, not by key', () => {
    expect(hasAdminRole(catalogue, ['installer', 'operator'])).toBe(false);
    expect(hasAdminRole([{ key: 'boss', name: 'Boss', kind: 'admin', exclusive: false }], ['boss'])).toBe(true);
  });
});
