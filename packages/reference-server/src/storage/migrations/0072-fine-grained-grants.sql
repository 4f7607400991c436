-- Fine-grained grants (issue 16, RFC 9396): a partner asks for exactly the permissions it needs.
--
-- 1. What a link asks for when it names no `permissions` / `authorization_details`: the group's
--    default set, editable by its admins. The default is the whole catalogue (the behaviour
--    before fine-grained grants).
ALTER TABLE groups ADD COLUMN default_permissions text[] NOT NULL
  DEFAULT ARRAY['installation:read', 'installation:settings', 'chargers:control'];
-- 2. What an access request asks for (catalogue order, installation:read always included).
--    Requests opened before this migration asked for the whole catalogue.
ALTER TABLE access_requests ADD COLUMN permissions text[] NOT NULL
  DEFAULT ARRAY['installation:read', 'installation:settings', 'chargers:control'];
-- 3. A service account's own permission set: its tokens' scopes never exceed it (the whole
--    catalogue unless one was given at creation).
ALTER TABLE service_accounts ADD COLUMN permissions text[] NOT NULL
  DEFAULT ARRAY['installation:read', 'installation:settings', 'chargers:control'];
