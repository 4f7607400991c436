-- Token service (issue 6): signing keys, service accounts, revoked tokens, tokens issued per code.
-- Append-only: change the schema with a new numbered file in 0020-0029.

-- JWS signing keys. The private JWK is encrypted with AES-256-GCM under GRANTKIT_SECRET, so a
-- leaked table cannot mint tokens. At most one key signs (retired_at IS NULL); a retired key stays
-- published in the JWKS until removed_after, when every token it signed has expired.
CREATE TABLE signing_keys (
  kid text PRIMARY KEY,
  alg text NOT NULL CHECK (alg IN ('ES256', 'EdDSA')),
  public_jwk jsonb NOT NULL,
  private_jwk_encrypted text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  removed_after timestamptz
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) WHERE retired_at IS NULL;

-- Machine identities of a group. Secrets are stored only as hashes: `sha256$…` for generated
-- 256-bit secrets, `scrypt$…` for passwords an admin chose.
CREATE TABLE service_accounts (
  id uuid PRIMARY KEY,
  group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
  name text NOT NULL,
  client_id text NOT NULL UNIQUE,
  secret_hash text NOT NULL,
  secret_kind text NOT NULL CHECK (secret_kind IN ('generated', 'password')),
  -- The secret replaced by a regeneration with a grace period, valid until previous_secret_expires_at.
  previous_secret_hash text,
  previous_secret_expires_at timestamptz,
  -- Tokens issued before this instant (seconds precision, compared with iat) no longer work.
  tokens_not_before timestamptz,
  -- The data set: the one installation this account may reach (null: all the group's grants).
  installation_id uuid REFERENCES installations (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  secret_changed_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
CREATE UNIQUE INDEX service_accounts_name_key ON service_accounts (group_id, lower(name));

-- Revoked access tokens (RFC 7009), kept until the token would have expired anyway.
CREATE TABLE revoked_tokens (
  jti text PRIMARY KEY,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX revoked_tokens_expires_idx ON revoked_tokens (expires_at);

-- Tokens issued from an authorization code, so a replayed code revokes them
-- (RFC 6749 §4.1.2, RFC 9700 §4.5).
CREATE TABLE authorization_code_tokens (
  code_hash text NOT NULL REFERENCES authorization_codes (code_hash) ON DELETE CASCADE,
  jti text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (code_hash, jti)
);
