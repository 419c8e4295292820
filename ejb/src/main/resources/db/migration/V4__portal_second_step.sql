-- The portal's second login step: a ticket proving the first step passed, and the mailed code.

ALTER TABLE portal_user ADD COLUMN login_ticket_hash VARCHAR(64);
ALTER TABLE portal_user ADD COLUMN login_ticket_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_user ADD COLUMN code_hash VARCHAR(100);
ALTER TABLE portal_user ADD COLUMN code_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE portal_user ADD COLUMN code_wrong_entries INTEGER;
ALTER TABLE portal_user ADD COLUMN code_used BOOLEAN;
CREATE UNIQUE INDEX uk_portal_user_ticket ON portal_user (login_ticket_hash);
