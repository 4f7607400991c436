-- Partners (issue 7): organisations (enterprise accounts) register partner groups under them,
-- each with email domains, a logo, a designated admin and single-use email invitations.
-- Also the outbox that mail (and later webhooks) are delivered from.

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  -- At most this many active (not deactivated) partners; configurable per organisation.
  partner_limit integer NOT NULL DEFAULT 10 CHECK (partner_limit >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- People who may register and maintain the organisation's partners ("Account Holder").
CREATE TABLE organisation_account_holders (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_account_holders_user_idx ON organisation_account_holders (user_id);

-- A partner is a group with an organisation. The designated partner admin is the person who
-- accepted the latest admin invitation (null until the first one is accepted).
ALTER TABLE groups
  ADD COLUMN organisation_id uuid REFERENCES organisations (id),
  ADD COLUMN partner_admin_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  ADD COLUMN registered_by uuid REFERENCES users (id) ON DELETE SET NULL;
CREATE INDEX groups_organisation_idx ON groups (organisation_id) WHERE organisation_id IS NOT NULL;

-- Invitations by email go only to addresses in these domains (stored as IDNA A-labels, lower case).
CREATE TABLE partner_email_domains (
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  domain text NOT NULL CHECK (domain = lower(domain) AND domain NOT LIKE '%*%'),
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (group_id, domain)
);

-- Logos live in the database so every instance serves them; the content type is the one
-- detected from the bytes, never the uploaded name or declared type.
CREATE TABLE partner_logos (
  group_id uuid PRIMARY KEY REFERENCES groups (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
  bytes bytea NOT NULL,
  sha256 text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Single-use, expiring invitation links sent by email. Only the SHA-256 of the token is kept.
CREATE TABLE email_invitations (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  email text NOT NULL,
  first_name text NOT NULL DEFAULT '',
  last_name text NOT NULL DEFAULT '',
  -- 'admin' can invite others and use the products; 'member' uses the products.
  role text NOT NULL CHECK (role IN ('admin', 'member')),
  -- 'partner_admin': accepting makes this person THE partner admin (first admin or a change).
  purpose text NOT NULL CHECK (purpose IN ('partner_admin', 'member')),
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Set when a newer admin invitation replaces this one, or the partner is deactivated.
  revoked_at timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX email_invitations_group_idx ON email_invitations (group_id, created_at DESC);

-- Transactional outbox: written in the same transaction as the change that causes it, delivered
-- afterwards (SMTP for mail; webhooks later) with retries. Without SMTP, mail stays 'stored' and
-- the demo mailbox shows it.
CREATE TABLE outbox (
  id uuid PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
  recipient text NOT NULL,
  subject text NOT NULL DEFAULT '',
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'stored', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  group_id uuid REFERENCES groups (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_channel_idx ON outbox (channel, created_at DESC);
