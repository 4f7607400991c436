-- Grant webhooks (docs/ARCHITECTURE.md, "Webhooks"): a group's endpoints and the deliveries of
-- events to them. Events reach this table from the outbox (channel 'event', domain/events.ts);
-- the fan-out writes one delivery per subscribed endpoint in the transaction that marks the
-- outbox row sent, so an event is never fanned out twice nor lost.
CREATE TABLE webhook_endpoints (
  id uuid PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  url text NOT NULL,
  events text[] NOT NULL,
  -- AES-256-GCM under GRANTKIT_SECRET with the endpoint id as associated data (webhooks/secrets.ts).
  secret_encrypted text NOT NULL,
  -- After a rotation the previous secret also signs until previous_secret_until (Standard
  -- Webhooks: several space-separated signatures).
  previous_secret_encrypted text,
  previous_secret_until timestamptz,
  enabled boolean NOT NULL DEFAULT true,
  disabled_reason text CHECK (disabled_reason IN ('admin', 'failing')),
  -- Since when every delivery attempt has failed; null after a success. Disabled after days.
  failing_since timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- The fan-out reads a group's enabled endpoints; the list pages a group's endpoints newest first.
CREATE INDEX webhook_endpoints_group_idx ON webhook_endpoints (group_id, created_at DESC, id DESC);

CREATE TABLE webhook_deliveries (
  -- The `webhook-id` header (msg_…): the same on every attempt, so receivers can deduplicate.
  id text PRIMARY KEY,
  endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  event_type text NOT NULL,
  -- The exact JSON body that is signed and sent (its `timestamp` is the event's).
  body text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  -- Due time while pending; during an attempt, the lease: a crashed sender's claim expires here.
  next_attempt_at timestamptz,
  response_status integer,
  last_error text,
  created_at timestamptz NOT NULL,
  last_attempt_at timestamptz
);
-- The due claim (FOR UPDATE SKIP LOCKED) scans only pending rows by due time.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
-- An endpoint's deliveries newest first (GET /api/webhooks/:id/deliveries).
CREATE INDEX webhook_deliveries_endpoint_page_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);
