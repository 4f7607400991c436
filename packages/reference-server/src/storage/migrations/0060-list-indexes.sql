-- Keyset paging (storage/keyset.ts): one index per list filter + order, so every page is one
-- range scan that stops after limit + 1 rows; and an index on every foreign key a delete
-- (ON DELETE CASCADE / SET NULL, or the check that nothing still points at a row) or a join follows.

-- A group's active grants (GET /api/groups/:id/grants, partner grants), oldest first.
CREATE INDEX grants_group_active_page_idx ON grants (group_id, created_at, id) WHERE revoked_at IS NULL;
-- An installation's active grants (GET /api/grants?installation_id, the access list), oldest first.
CREATE INDEX grants_installation_active_page_idx ON grants (installation_id, created_at, id) WHERE revoked_at IS NULL;
-- Foreign keys of grants: group_id had only the partial unique index (revoked grants unindexed).
CREATE INDEX grants_group_idx ON grants (group_id);
CREATE INDEX grants_created_by_idx ON grants (created_by) WHERE created_by IS NOT NULL;
CREATE INDEX grants_revoked_by_idx ON grants (revoked_by) WHERE revoked_by IS NOT NULL;

-- Audit, newest first, events of one instant in insertion order; one index per filter.
CREATE INDEX audit_events_group_page_idx ON audit_events (group_id, at DESC, seq DESC) WHERE group_id IS NOT NULL;
CREATE INDEX audit_events_installation_page_idx ON audit_events (installation_id, at DESC, seq DESC) WHERE installation_id IS NOT NULL;
CREATE INDEX audit_events_organisation_page_idx ON audit_events (organisation_id, at DESC, seq DESC) WHERE organisation_id IS NOT NULL;
DROP INDEX audit_events_group_idx;
DROP INDEX audit_events_installation_idx;
DROP INDEX audit_events_organisation_idx;
CREATE INDEX audit_events_actor_idx ON audit_events (actor_user_id) WHERE actor_user_id IS NOT NULL;

-- Installations by name (GET /api/installations pages the reachable ones by name, then id).
CREATE INDEX installations_name_page_idx ON installations (lower(name), id);
CREATE INDEX installation_users_granted_by_idx ON installation_users (granted_by) WHERE granted_by IS NOT NULL;

-- Service accounts by name, per group; email invitations newest first, per group.
CREATE INDEX service_accounts_group_page_idx ON service_accounts (group_id, lower(name), id);
CREATE INDEX service_accounts_installation_idx ON service_accounts (installation_id) WHERE installation_id IS NOT NULL;
CREATE INDEX service_accounts_created_by_idx ON service_accounts (created_by) WHERE created_by IS NOT NULL;
CREATE INDEX email_invitations_group_page_idx ON email_invitations (group_id, created_at DESC, id DESC);
DROP INDEX email_invitations_group_idx;
CREATE INDEX email_invitations_invited_by_idx ON email_invitations (invited_by) WHERE invited_by IS NOT NULL;
CREATE INDEX email_invitations_used_by_idx ON email_invitations (used_by) WHERE used_by IS NOT NULL;

-- Invitation codes, newest first, per group (one group at a time: `group_id = $1`).
CREATE INDEX invitation_codes_group_page_idx ON invitation_codes (group_id, created_at DESC, id DESC);
DROP INDEX invitation_codes_group_created_idx;
CREATE INDEX invitation_codes_created_by_idx ON invitation_codes (created_by) WHERE created_by IS NOT NULL;
CREATE INDEX invitation_codes_used_by_idx ON invitation_codes (used_by) WHERE used_by IS NOT NULL;
CREATE INDEX invitation_codes_deactivated_by_idx ON invitation_codes (deactivated_by) WHERE deactivated_by IS NOT NULL;

-- Mailbox (outbox, channel 'email'), newest first.
CREATE INDEX outbox_channel_page_idx ON outbox (channel, created_at DESC, id DESC);
DROP INDEX outbox_channel_idx;
CREATE INDEX outbox_group_idx ON outbox (group_id) WHERE group_id IS NOT NULL;

-- Remaining foreign keys that deletes follow.
CREATE INDEX access_requests_group_idx ON access_requests (group_id);
CREATE INDEX access_requests_user_idx ON access_requests (user_id);
CREATE INDEX access_requests_preselected_installation_idx ON access_requests (preselected_installation_id) WHERE preselected_installation_id IS NOT NULL;
CREATE INDEX access_requests_installation_idx ON access_requests (installation_id) WHERE installation_id IS NOT NULL;
CREATE INDEX access_requests_grant_idx ON access_requests (grant_id) WHERE grant_id IS NOT NULL;
CREATE INDEX authorization_codes_access_request_idx ON authorization_codes (access_request_id);
CREATE INDEX authorization_codes_grant_idx ON authorization_codes (grant_id);
CREATE INDEX charging_sessions_charger_idx ON charging_sessions (charger_id);
CREATE INDEX groups_partner_admin_idx ON groups (partner_admin_user_id) WHERE partner_admin_user_id IS NOT NULL;
CREATE INDEX groups_registered_by_idx ON groups (registered_by) WHERE registered_by IS NOT NULL;
