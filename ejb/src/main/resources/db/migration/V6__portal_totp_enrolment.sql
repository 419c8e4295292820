-- TOTP set-up at the first login of a user who chose TOTP: the secret shown as a QR code stays
-- pending until a current code confirms it.
ALTER TABLE portal_user ADD COLUMN totp_pending_secret VARCHAR(64);
