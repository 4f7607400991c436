/**
 * @module domain/embedding-origins
 * Which sites may frame a group's consent (`display=embedded`). Each is an exact origin (the
 * shape is `@grantkit/sdk/rules`' parseEmbeddingOrigin, so the SDK's mock applies it alike): the
 * embedded page lists them verbatim in CSP `frame-ancestors` (CSP3 §7.7.1), and its result is
 * posted to exactly these origins, never `*` (HTML postMessage targetOrigin). Framing is what
 * clickjacking needs (RFC 6749 §10.13, RFC 9700 §4.16), so a group that registers none is
 * framed by nobody.
 */
import { parseEmbeddingOrigin, type EmbeddingOriginProblem } from '@grantkit/sdk/rules';
import { ValidationError, type FieldError } from '../errors.js';
import type { Actor } from './service-accounts.js';
import { requireGroupAdmin } from './authorization.js';
import { recordEvent } from './events.js';
import type { Store } from './model/store.js';

/** A group registers a handful of sites, not a directory: the CSP header stays short. */
export const MAX_EMBEDDING_ORIGINS = 10;

const MESSAGES: Readonly<Record<EmbeddingOriginProblem, string>> = {
  malformed: 'is not a valid URL origin such as https://shop.example.com.',
  scheme: 'must use https (or http on this computer).',
  insecure: 'may use plain http only on this computer (localhost, 127.x.x.x, [::1]); use https.',
  wildcard: 'must name one site exactly; wildcards are not allowed.',
  not_origin: 'must be an origin only (scheme, host and port), without a path, query, fragment or credentials.',
};

/** Checks a whole list: every bad entry named (`origins[i]`), duplicates folded, at most the maximum. */
export function checkEmbeddingOrigins(values: readonly string[]): string[] {
  const errors: FieldError[] = [];
  const origins = new Set<string>();
  values.forEach((raw, i) => {
    const parsed = parseEmbeddingOrigin(raw);
    if ('problem' in parsed) errors.push({ field: `origins[${i}]`, code: parsed.problem, message: `${JSON.stringify(raw.slice(0, 200))} ${MESSAGES[parsed.problem]}` });
    else origins.add(parsed.origin);
  });
  if (origins.size > MAX_EMBEDDING_ORIGINS) errors.push({ field: 'origins', code: 'too_many', message: `A group may register at most ${MAX_EMBEDDING_ORIGINS} embedding origins.` });
  if (errors.length) throw new ValidationError(errors);
  return [...origins].sort();
}

export interface EmbeddingOriginsContext {
  readonly store: Store;
  readonly now: Date;
}

/**
 * Replaces a group's embedding origins (group admins; 404 outsiders, 403 members). Takes effect
 * on the next page load: the embedded page reads them on every request.
 */
export async function setEmbeddingOrigins(
  ctx: EmbeddingOriginsContext,
  { groupId, userId, actor, origins }: { groupId: string; userId: string; actor: Actor; origins: readonly string[] },
): Promise<string[]> {
  await requireGroupAdmin(ctx.store, groupId, userId);
  const next = checkEmbeddingOrigins(origins);
  return ctx.store.transaction(async (tx) => {
    const previous = await tx.groups.listEmbeddingOrigins(groupId);
    if (previous.length === next.length && previous.every((o, i) => o === next[i])) return next;
    await tx.groups.replaceEmbeddingOrigins(groupId, next);
    await recordEvent(tx, {
      at: ctx.now,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      type: 'group.embedding_origins_changed',
      groupId,
      data: { previous, origins: next },
    });
    return next;
  });
}
