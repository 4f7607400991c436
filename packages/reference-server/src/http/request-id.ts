/**
 * @module http/request-id
 * The request id rule, for the Hono middleware (middleware/request-context.ts) and the Node
 * adapter's token fast path: a caller's `X-Request-Id` is kept when it is a safe token (so a
 * proxy's id follows the request into our logs), otherwise a fresh UUID; it is echoed back.
 */
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Letters, digits, `_`, `.` and `-`, 8 to 64 of them: nothing that could forge a log line. */
const SAFE_ID = /^[\w.-]{8,64}$/;

/** The id of a request, from its `X-Request-Id` header value (node:http may give an array). */
export function requestId(incoming: string | readonly string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}
