-- Invitation codes at rest: sealed (AES-256-GCM under a key derived from GRANTKIT_SECRET) with a
-- keyed hash (HMAC-SHA256) to find a code when it is redeemed; security/code-sealing.ts.
-- Existing clear codes are sealed by sealClearInvitationCodes() right after migrating (SQL has no
-- access to the secret), which then sets `code` to NULL: the column stays only for that step.
ALTER TABLE invitation_codes ALTER COLUMN code DROP NOT NULL;
ALTER TABLE invitation_codes ADD COLUMN code_lookup text UNIQUE;
ALTER TABLE invitation_codes ADD COLUMN code_sealed text;
