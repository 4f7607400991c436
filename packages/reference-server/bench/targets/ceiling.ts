/**
 * The ceiling: a frameworkless node:http route doing the same token logic as grantkit's
 * client_credentials grant — parse the form, decode Basic credentials, look the client up, compare
 * the SHA-256 of the secret in constant time, sign an RFC 9068 JWT with ES256 — with everything in
 * memory (no database, no router, no middleware).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CompactSign, generateKeyPair } from 'jose';
import { reportReady } from '../child.js';

const clientId = 'gksa_' + randomBytes(12).toString('hex');
const clientSecret = 'gks_' + randomBytes(32).toString('base64url');
const hash = (s: string) => createHash('sha256').update(s).digest();
const clients = new Map([[clientId, { id: crypto.randomUUID(), secretHash: hash(clientSecret), groupId: crypto.randomUUID() }]]);
const { privateKey } = await generateKeyPair('ES256');
const issuer = 'http://127.0.0.1';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const [id, secret] = Buffer.from((req.headers.authorization ?? '').slice(6), 'base64').toString('utf8').split(':').map(decodeURIComponent);
    const client = id ? clients.get(id) : undefined;
    const presented = hash(secret ?? '');
    if (form.get('grant_type') !== 'client_credentials' || !client || !timingSafeEqual(presented, client.secretHash)) {
      res.writeHead(401, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"error":"invalid_client"}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const scope = form.get('scope') ?? 'installation:read';
    // The same signing call and response framing as grantkit's endpoint (CompactSign over the
    // serialized claims, Content-Length), so this stays the upper bound for that code.
    const claims = { iss: issuer, sub: client.id, aud: issuer, exp: now + 900, iat: now, jti: crypto.randomUUID(), client_id: id, scope, group_id: client.groupId, lookup_key: 'BNCH' };
    const token = await new CompactSign(Buffer.from(JSON.stringify(claims))).setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' }).sign(privateKey);
    const body = JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 900, scope });
    res
      .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store', pragma: 'no-cache' })
      .end(body);
  });
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
reportReady({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, clientId, clientSecret }, () => void server.close());
