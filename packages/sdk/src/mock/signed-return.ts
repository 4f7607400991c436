/**
 * The mock's signed return, as the server's (oauth/authorization-response.ts; JARM §2.1): every
 * return to a partner's return URL also carries `response`, its outcome signed with a key the
 * mock makes on first use and publishes at `/oauth/jwks`, so the SDK's return-trip checks run
 * against the mock exactly as against the server.
 *
 * @module
 */
import { CompactSign, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose'

/** The parameters of a return that the server signs (all of its own, not the partner's query). */
const SIGNED = ['success', 'error', 'installation_id', 'grant_id', 'lookup_key', 'state', 'iss', 'code']
/** JARM's media type for authorization responses. */
const TYP = 'oauth-authz-resp+jwt'
const ALG = 'ES256'
/** As the server: a few minutes (JARM §4.1 asks for short-lived responses). */
const TTL_SECONDS = 300

export class MockReturnSigner {
  #key: Promise<{ privateKey: CryptoKey; jwk: JWK }> | undefined
  readonly alg = ALG

  constructor(
    private readonly issuer: string,
    private readonly now: () => number,
  ) {}

  #pair(): Promise<{ privateKey: CryptoKey; jwk: JWK }> {
    this.#key ??= generateKeyPair(ALG).then(async ({ privateKey, publicKey }) => ({
      privateKey,
      jwk: { ...(await exportJWK(publicKey)), kid: `mock-${crypto.randomUUID().slice(0, 8)}`, alg: ALG, use: 'sig' },
    }))
    return this.#key
  }

  /** The JWKS document (RFC 7517 §5). */
  async jwks(): Promise<{ keys: JWK[] }> {
    return { keys: [(await this.#pair()).jwk] }
  }

  /** Adds `response` to a return URL (a receipt page, with no `lookup_key`, stays as it is). */
  async sign(href: string): Promise<string> {
    const url = new URL(href)
    const audience = url.searchParams.get('lookup_key')
    if (audience === null || href.startsWith(`${this.issuer}/access/receipt/`)) return href
    const outcome = Object.fromEntries(SIGNED.flatMap((name) => (url.searchParams.has(name) ? [[name, url.searchParams.get(name)!]] : [])))
    const iat = Math.floor(this.now() / 1000)
    const { privateKey, jwk } = await this.#pair()
    const payload = { ...outcome, iss: this.issuer, aud: audience, iat, exp: iat + TTL_SECONDS }
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: ALG, kid: jwk.kid!, typ: TYP }).sign(privateKey)
    url.searchParams.set('response', jwt)
    return url.href
  }
}
