-- Invitation codes (issue 5): single-use, expiring codes that make the redeeming user a member
-- of a group with the code's roles. Append-only: change with a new 001x file.

CREATE TABLE invitation_codes (
  id uuid PRIMARY KEY,
  -- The code itself, in UUID layout (8-4-4-4-12 lowercase hex, 128 random bits). Kept in clear:
  -- admins copy codes again from the management table, as the ePortal allows.
  code text NOT NULL UNIQUE CHECK (code ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  -- Codes created together share a batch ("copy all codes").
  batch_id uuid NOT NULL,
  -- 'group': roles of a service group; 'partner': profiles of a partner company.
  mode text NOT NULL DEFAULT 'group' CHECK (mode IN ('group', 'partner')),
  roles text[] NOT NULL CHECK (cardinality(roles) > 0),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The creator's name at creation, so the table still says who created a code after the account goes.
  created_by_name text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL CHECK (expires_at > created_at),
  -- 'expired' is not stored: it is computed from expires_at, so no job has to flip rows.
  status text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'used', 'deactivated')),
  used_by uuid REFERENCES users (id) ON DELETE SET NULL,
  used_by_name text,
  used_at timestamptz,
  deactivated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  deactivated_at timestamptz,
  CHECK ((status = 'used') = (used_at IS NOT NULL)),
  CHECK ((status = 'deactivated') = (deactivated_at IS NOT NULL))
);
-- The management table: newest first, per group.
CREATE INDEX invitation_codes_group_created_idx ON invitation_codes (group_id, created_at DESC);
CREATE INDEX invitation_codes_batch_idx ON invitation_codes (batch_id);
