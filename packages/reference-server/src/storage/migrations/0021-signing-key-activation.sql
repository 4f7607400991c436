-- Key rotation with pre-publication: a new key appears in the JWKS before it signs anything, so
-- resource servers that cached the JWKS have it by the time tokens carry its kid.
-- signs_from: when the key starts signing; the previous key's retired_at is the same instant.
ALTER TABLE signing_keys ADD COLUMN signs_from timestamptz;
UPDATE signing_keys SET signs_from = created_at;
ALTER TABLE signing_keys ALTER COLUMN signs_from SET NOT NULL;
ALTER TABLE signing_keys ALTER COLUMN signs_from SET DEFAULT now();
