-- Core schema: people, sessions, groups, installations, access requests, grants, audit.
-- Append-only: change the schema with a new numbered file, never by editing this one.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE sessions (
  -- SHA-256 of the cookie value: a leaked table gives no usable session.
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE groups (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  logo_url text,
  -- Stored upper-case; lookups upper-case their input (case-insensitive on input).
  lookup_key text NOT NULL UNIQUE CHECK (lookup_key = upper(lookup_key)),
  created_at timestamptz NOT NULL DEFAULT now(),
  deactivated_at timestamptz
);

-- A group's role catalogue. Admin roles only allow inviting and managing others;
-- user roles allow using the services; exclusive roles cannot be combined with another role.
CREATE TABLE group_roles (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  key text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('admin', 'user')),
  exclusive boolean NOT NULL DEFAULT false,
  PRIMARY KEY (group_id, key)
);

CREATE TABLE group_members (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  roles text[] NOT NULL CHECK (cardinality(roles) > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user_idx ON group_members (user_id);

CREATE TABLE group_return_urls (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  url text NOT NULL,
  PRIMARY KEY (group_id, url)
);

CREATE TABLE installations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  address text NOT NULL DEFAULT '',
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- People who own or administer an installation (not groups: those hold grants).
CREATE TABLE installation_users (
  installation_id uuid NOT NULL REFERENCES installations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now(),
  granted_by uuid REFERENCES users (id),
  PRIMARY KEY (installation_id, user_id)
);
CREATE INDEX installation_users_user_idx ON installation_users (user_id);

CREATE TABLE chargers (
  id uuid PRIMARY KEY,
  installation_id uuid NOT NULL REFERENCES installations (id) ON DELETE CASCADE,
  name text NOT NULL,
  serial text NOT NULL,
  max_current_a integer NOT NULL DEFAULT 32
);
CREATE INDEX chargers_installation_idx ON chargers (installation_id);

CREATE TABLE charging_sessions (
  id uuid PRIMARY KEY,
  installation_id uuid NOT NULL REFERENCES installations (id) ON DELETE CASCADE,
  charger_id uuid NOT NULL REFERENCES chargers (id) ON DELETE CASCADE,
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  energy_kwh double precision NOT NULL DEFAULT 0
);
CREATE INDEX charging_sessions_installation_idx ON charging_sessions (installation_id, started_at DESC);

CREATE TABLE grants (
  id uuid PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  installation_id uuid NOT NULL REFERENCES installations (id) ON DELETE CASCADE,
  permissions text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users (id)
);
-- Approving twice for the same group and installation keeps one active grant.
CREATE UNIQUE INDEX grants_active_key ON grants (group_id, installation_id) WHERE revoked_at IS NULL;
CREATE INDEX grants_installation_idx ON grants (installation_id);

CREATE TABLE access_requests (
  id uuid PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  preselected_installation_id uuid REFERENCES installations (id) ON DELETE SET NULL,
  locale text NOT NULL DEFAULT 'en',
  return_url text,
  partner_name text,
  show_existing boolean NOT NULL DEFAULT false,
  state text,
  code_challenge text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'denied')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  decided_at timestamptz,
  installation_id uuid REFERENCES installations (id) ON DELETE SET NULL,
  grant_id uuid REFERENCES grants (id) ON DELETE SET NULL
);

CREATE TABLE authorization_codes (
  -- SHA-256 of the code; the code itself is never stored.
  code_hash text PRIMARY KEY,
  access_request_id uuid NOT NULL REFERENCES access_requests (id) ON DELETE CASCADE,
  grant_id uuid NOT NULL REFERENCES grants (id) ON DELETE CASCADE,
  client_id text NOT NULL,
  redirect_uri text NOT NULL,
  code_challenge text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_label text NOT NULL,
  action text NOT NULL,
  group_id uuid REFERENCES groups (id) ON DELETE CASCADE,
  installation_id uuid REFERENCES installations (id) ON DELETE CASCADE,
  subject_id text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_events_group_idx ON audit_events (group_id, at DESC);
CREATE INDEX audit_events_installation_idx ON audit_events (installation_id, at DESC);

-- Fixed-window counters shared by every instance (login, redemption, token endpoint failures).
CREATE TABLE rate_limit_hits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
