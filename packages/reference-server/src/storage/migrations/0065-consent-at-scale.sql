-- The consent card at scale (an owner may hold thousands of installations):
--
-- 1. The card lists a person's manageable installations a page at a time, by name
--    (keyset on lower(name), id). The person's rows come from installation_users by user_id;
--    this index lets each page stop after `limit` rows instead of sorting every installation.
CREATE INDEX installations_name_idx ON installations (lower(name), id);
-- 2. An owner whose installations are all shared already may end the request and go back to the
--    partner: a request can now be `cancelled`, with the reason the partner's return URL carries
--    (`error=already_shared` or `error=cancelled`).
ALTER TABLE access_requests DROP CONSTRAINT access_requests_status_check;
ALTER TABLE access_requests ADD CONSTRAINT access_requests_status_check
  CHECK (status IN ('pending', 'approved', 'denied', 'cancelled'));
ALTER TABLE access_requests ADD COLUMN cancel_reason text
  CHECK (cancel_reason IN ('already_shared', 'cancelled'));
