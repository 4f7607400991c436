-- Domain events: every state change writes its audit row and an outbox row (channel 'event') in
-- one transaction (domain/events.ts), so webhooks can later deliver what the audit shows.
-- Partner changes also name their organisation, so its account holders can read them.
ALTER TABLE audit_events ADD COLUMN organisation_id uuid REFERENCES organisations (id) ON DELETE CASCADE;
CREATE INDEX audit_events_organisation_idx ON audit_events (organisation_id, at DESC) WHERE organisation_id IS NOT NULL;

ALTER TABLE outbox DROP CONSTRAINT outbox_channel_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_check CHECK (channel IN ('email', 'webhook', 'event'));
