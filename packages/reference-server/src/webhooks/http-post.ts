/**
 * @module webhooks/http-post
 * One delivery attempt over node:http(s): the JSON body with the Standard Webhooks headers, a
 * hard timeout from connection to response, no redirects followed, and a socket whose address
 * comes from {@link guardedLookup} (or, for an IP-literal URL, the literal checked here), so the
 * attempt connects only to an address the URL rules allow.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { bareHost, guardedLookup, isAllowedAddress, WebhookUrlRefused, type UrlPolicy } from './url-rules.js';

export interface PostOptions {
  readonly timeoutMs: number;
  readonly policy: UrlPolicy;
  readonly userAgent: string;
}

/** The receiver's answer; a network error, timeout or refusal rejects instead. */
export interface PostResult {
  readonly status: number;
}

/** The most of a receiver's answer that is read (then the socket is dropped). */
const MAX_RESPONSE_BYTES = 64 * 1024;

export function postWebhook(rawUrl: string, headers: Record<string, string>, body: string, { timeoutMs, policy, userAgent }: PostOptions): Promise<PostResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(rawUrl);
    const host = bareHost(url);
    if (isIP(host) && !isAllowedAddress(host, policy)) {
      reject(new WebhookUrlRefused('forbidden_address', `${host} is not an allowed address`));
      return;
    }
    const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' ? httpRequest : undefined;
    if (!send) {
      reject(new WebhookUrlRefused('scheme', `${url.protocol} is not allowed`));
      return;
    }
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': userAgent },
      lookup: guardedLookup(policy),
      // A fresh connection per attempt: a pooled socket would skip the address check.
      agent: false,
      signal: AbortSignal.timeout(timeoutMs),
    });
    req.on('response', (res: IncomingMessage) => {
      let read = 0;
      res.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES) res.destroy();
      });
      const done = () => resolve({ status: res.statusCode ?? 0 });
      res.on('end', done);
      res.on('close', done);
      res.on('error', done);
    });
    req.on('error', (error: Error) => {
      reject(error.name === 'AbortError' ? Object.assign(new Error(`timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' }) : error);
    });
    req.end(body);
  });
}
