-- TOTP secrets and SIP passwords are stored encrypted (AES-256-GCM, jp.selfcare.persistence.SecretBox):
-- the sealed form is longer than the plain one.
ALTER TABLE portal_user ALTER COLUMN totp_secret SET DATA TYPE VARCHAR(200);
ALTER TABLE portal_user ALTER COLUMN totp_pending_secret SET DATA TYPE VARCHAR(200);
ALTER TABLE ip_number ALTER COLUMN sip_password SET DATA TYPE VARCHAR(200);
