-- Reopening an access-request link already answered (Back after deciding, or a reload) shows the
-- earlier answer instead of a new consent card. The lookup is the user's requests for one group
-- and one `state` (the partner's transaction), newest first; requests without a state are never
-- looked up, so they stay out of the index.
CREATE INDEX access_requests_answered_idx ON access_requests (user_id, group_id, state, created_at DESC) WHERE state IS NOT NULL;
