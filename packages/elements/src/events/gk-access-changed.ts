/**
 * @module
 * `gk-access-changed`: an owner narrowed a grant in `<gk-installation-access>` without revoking it.
 */
import type { GrantPermission } from '@grantkit/sdk/types';

/** What `gk-access-changed` carries. */
export interface GkAccessChangedDetail {
  /** The installation the grant covers. */
  readonly installationId: string;
  /** The narrowed grant. */
  readonly grantId: string;
  /** The group's name. */
  readonly name: string;
  /** The group's lookup key. */
  readonly lookupKey: string;
  /** What the grant allows now (catalogue order, `installation:read` always in). */
  readonly permissions: readonly GrantPermission[];
}

/** Dispatched once the server confirmed the narrowed grant (`PATCH /api/grants/:id`). */
export class GkAccessChangedEvent extends CustomEvent<GkAccessChangedDetail> {
  constructor(detail: GkAccessChangedDetail) {
    super('gk-access-changed', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gk-access-changed': GkAccessChangedEvent;
  }
}
