-- Events recorded in the same instant (one transaction, or a coarse clock) keep their order:
-- lists sort by time, then by this insertion sequence.
ALTER TABLE audit_events ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX audit_events_seq_idx ON audit_events (seq);
