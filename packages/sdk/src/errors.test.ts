import { describe, expect, it } from 'vitest'
import { AccessRequestUrlError, ApiError, GrantkitError, isGrantkitError, ReturnTripError, TokenError } from './errors.js'

describe('errors', () => {
  it('carry name, code, status, detail and cause', () => {
    const cause = new Error('boom')
    const error = new ApiError('access_request_expired', 'The request expired.', { status: 410, detail: 'gone', cause })
    expect(error).toBeInstanceOf(GrantkitError)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('ApiError')
    expect(error.code).toBe('access_request_expired')
    expect(error.status).toBe(410)
    expect(error.detail).toBe('gone')
    expect(error.cause).toBe(cause)
    expect(error.errors).toEqual([])
  })

  it('leave status and detail undefined when absent', () => {
    const error = new ReturnTripError('state_mismatch', 'no')
    expect(error.status).toBeUndefined()
    expect(error.detail).toBeUndefined()
    expect('cause' in error).toBe(false)
  })

  it('isGrantkitError narrows by code', () => {
    const error: unknown = new TokenError('token_expired', 'expired')
    expect(isGrantkitError(error)).toBe(true)
    expect(isGrantkitError(error, 'token_expired')).toBe(true)
    expect(isGrantkitError(error, 'token_invalid')).toBe(false)
    expect(isGrantkitError(new Error('x'))).toBe(false)
    expect(new AccessRequestUrlError('invalid_locale', 'x').name).toBe('AccessRequestUrlError')
  })
})
