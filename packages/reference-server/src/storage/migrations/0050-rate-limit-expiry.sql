-- Each limiter row records when its window ends, so the periodic purge (services.ts) can delete
-- expired rows without knowing the limits. Existing rows get the longest window a limit may have
-- (one day): none of them is still counting after that.
ALTER TABLE rate_limit_hits ADD COLUMN expires_at timestamptz;
UPDATE rate_limit_hits SET expires_at = window_start + interval '1 day';
ALTER TABLE rate_limit_hits ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX rate_limit_hits_expires_at ON rate_limit_hits (expires_at);
