/**
 * The server's problems are the SDK's catalogue: every code answers with the catalogue's status
 * and title, and a code or status outside it does not compile.
 */
import { PROBLEM_CATALOGUE, PROBLEM_CODES, type ProblemCode } from '@grantkit/sdk/problems';
import type { ApiErrorCode } from '@grantkit/sdk';
import { describe, expect, it } from 'vitest';
import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../../errors.js';
import { problem } from '../problem.js';

describe('problem catalogue', () => {
  it('gives every code its catalogue status and title', () => {
    expect(PROBLEM_CODES.length).toBeGreaterThanOrEqual(40);
    for (const code of PROBLEM_CODES) {
      const body = problem(code, 'detail');
      expect(body).toMatchObject({ code, status: PROBLEM_CATALOGUE[code].status, title: PROBLEM_CATALOGUE[code].title, type: `https://grantkit.dev/problems/${code}` });
      expect(body.title).not.toBe('');
    }
  });

  it('takes a DomainError’s status from the catalogue', () => {
    expect(new DomainError('code_expired', 410, 'gone').status).toBe(410);
    expect(new NotFoundError('grant').status).toBe(404);
    expect(new ConflictError('last_admin', 'x').status).toBe(409);
  });

  it('refuses codes and statuses the catalogue does not have, at compile time', () => {
    // @ts-expect-error not a catalogue code
    expect(() => problem('no_such_code', 'x')).toThrow();
    // @ts-expect-error code_expired is 410 in the catalogue, not 404
    expect(new DomainError('code_expired', 404, 'x').status).toBe(410);
    // @ts-expect-error a 404 code is no conflict
    expect(new ConflictError('not_found', 'x').status).toBe(404);
    // @ts-expect-error a 409 code is no 403
    expect(new ForbiddenError('last_admin').status).toBe(409);
  });

  it('is what the SDK’s ApiErrorCode names', () => {
    const code: ProblemCode = 'partner_has_access';
    const sdk: ApiErrorCode = code;
    // @ts-expect-error the union is closed
    const unknown: ApiErrorCode = 'made_up_code';
    expect([sdk, unknown]).toHaveLength(2);
  });
});
