/**
 * @module bench/verify
 * `verifyAccessToken` (the SDK's resource-server helper: remote JWKS, cached) against a bare
 * `jose.jwtVerify` loop with the key already in hand, on the same ES256 token.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { verifyAccessToken } from '@grantkit/sdk/node';

export interface VerifyResult {
  readonly sdkOpsPerSecond: number;
  readonly joseOpsPerSecond: number;
  /** Median over alternating pairs of short slices of sdk ÷ jose (background load hits both alike). */
  readonly ratio: number;
}

const PAIRS = 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function loop(seconds: number, fn: () => Promise<unknown>): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let n = 0;
  const start = performance.now();
  while (performance.now() < end) {
    await fn();
    n++;
  }
  return n / ((performance.now() - start) / 1000);
}

export async function benchVerify(seconds: number): Promise<VerifyResult> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] });
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = await new SignJWT({ client_id: 'gksa_bench', scope: 'installation:read', group_id: 'g', lookup_key: 'BNCH' })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' })
    .setIssuer(issuer)
    .setAudience(issuer)
    .setSubject('sa')
    .setIssuedAt()
    .setExpirationTime('1h')
    .setJti(crypto.randomUUID())
    .sign(privateKey);
  const options = { issuer, audience: issuer };
  const joseOptions = { issuer, audience: issuer, algorithms: ['ES256'], typ: 'at+jwt', requiredClaims: ['iss', 'sub', 'exp'] };
  try {
    // Warm-up (JWKS fetched once, JIT), discarded.
    await loop(1, () => verifyAccessToken(token, options));
    await loop(1, () => jwtVerify(token, publicKey, joseOptions));
    const sdk: number[] = [];
    const jose: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternate which runs first so neither always follows the other's garbage.
      const runSdk = () => loop(seconds / PAIRS / 2, () => verifyAccessToken(token, options));
      const runJose = () => loop(seconds / PAIRS / 2, () => jwtVerify(token, publicKey, joseOptions));
      let s: number;
      let j: number;
      if (i % 2) {
        s = await runSdk();
        j = await runJose();
      } else {
        j = await runJose();
        s = await runSdk();
      }
      sdk.push(s);
      jose.push(j);
      ratios.push(s / j);
    }
    return { sdkOpsPerSecond: median(sdk), joseOpsPerSecond: median(jose), ratio: median(ratios) };
  } finally {
    server.close();
  }
}
