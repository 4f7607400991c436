import { describe, expect, it } from 'vitest'
import { isLoopbackHost, isLoopbackHttpUrl, isLoopbackUrl, isUuid, UUID_PATTERN } from './index.js'

describe('loopback rule (RFC 8252 §7.3/§8.3, RFC 6761 §6.3)', () => {
  it.each(['localhost', 'app.localhost', 'a.b.localhost', '127.0.0.1', '127.3.4.5', '127.255.255.255', '[::1]'])(
    '%s is loopback',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  )
  it.each(['localhost.evil.example', 'evillocalhost', 'example.com', '10.0.0.1', '128.0.0.1', '127.0.0', 'localhost.', '1127.0.0.1', '[::2]', '::1', ''])(
    '%s is not loopback',
    (host) => expect(isLoopbackHost(host)).toBe(false),
  )

  it('reads URLs as the WHATWG parser normalises them', () => {
    // 127.1 and 0x7f.1 are 127.0.0.1 to the URL parser, [0:0::1] is [::1], LOCALHOST is localhost.
    for (const url of ['http://LOCALHOST/', 'http://127.1:3000/cb', 'http://0x7f.0.0.1/', 'http://[0:0::1]:8080/', 'https://app.localhost/x']) expect(isLoopbackUrl(url)).toBe(true)
    for (const url of ['https://example.com', 'ftp://localhost/', 'not a url', 'http://localhost@evil.example/', 'http://127.0.0.256/']) expect(isLoopbackUrl(url)).toBe(false)
  })

  it('plain http only on loopback', () => {
    expect(isLoopbackHttpUrl('http://localhost:4000')).toBe(true)
    expect(isLoopbackHttpUrl(new URL('http://portal.localhost/'))).toBe(true)
    expect(isLoopbackHttpUrl('https://localhost:4000')).toBe(false)
    expect(isLoopbackHttpUrl('http://192.168.1.2')).toBe(false)
    expect(isLoopbackHttpUrl('::')).toBe(false)
  })
})

describe('UUID rule (RFC 9562 §4)', () => {
  it('accepts the 8-4-4-4-12 text form in either case', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true)
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true)
    expect(UUID_PATTERN.test('00000000-0000-0000-0000-000000000000')).toBe(true)
  })
  it('refuses anything else', () => {
    for (const value of ['', '0f8fad5bd9cb469fa16570867728950e', '{0f8fad5b-d9cb-469f-a165-70867728950e}', ' 0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5b-d9cb-469f-a165-70867728950g', 42, null])
      expect(isUuid(value)).toBe(false)
  })
})
