/**
 * @module
 * What an embedded consent frame tells the partner's page (`postMessage`, addressed to each of
 * the group's registered embedding origins, never `*`): written by the frame script of
 * `@grantkit/elements`, read by {@link openAccessRequestEmbedded}, which believes only messages
 * from its own frame's window and the platform's origin.
 *
 * - `{ grantkit: 'frame', state: 'ready' }`: the page loaded inside the frame (so framing was allowed);
 * - `{ grantkit: 'frame', state: 'unsupported' }`: this browser cannot prove the frame is visible
 *   (no IntersectionObserver v2): use the popup instead;
 * - `{ grantkit: 'frame', state: 'too_small' }`: the frame is below the minimum size;
 * - `{ grantkit: 'frame', state: 'no_storage' }`: the frame cannot keep a cookie, not even a
 *   partitioned one, so a login inside it cannot last: use the popup instead;
 * - `{ grantkit: 'result', params }`: the outcome, the same return-trip parameters a redirect
 *   return carries (check them with the SDK as for a redirect).
 */
import type { openAccessRequestEmbedded } from './embedded.js'

export type FrameState = 'ready' | 'unsupported' | 'too_small' | 'no_storage'

export type FrameMessage =
  | { readonly grantkit: 'frame'; readonly state: FrameState }
  | { readonly grantkit: 'result'; readonly params: Readonly<Record<string, string>> };

/** The message, when `data` is one (anything else on the channel is ignored). */
export function readFrameMessage(data: unknown): FrameMessage | null {
  if (!data || typeof data !== 'object') return null;
  const m = data as { grantkit?: unknown; state?: unknown; params?: unknown };
  if (m.grantkit === 'frame' && (m.state === 'ready' || m.state === 'unsupported' || m.state === 'too_small' || m.state === 'no_storage')) return { grantkit: 'frame', state: m.state };
  if (m.grantkit === 'result' && m.params && typeof m.params === 'object' && Object.values(m.params).every((v) => typeof v === 'string')) {
    return { grantkit: 'result', params: m.params as Record<string, string> };
  }
  return null;
}
