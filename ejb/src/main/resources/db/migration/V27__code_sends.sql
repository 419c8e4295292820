-- How many one-time codes a login attempt has been sent: "send again" is limited per attempt (then
-- the user starts over), and a resent code keeps the attempt's count of wrong entries.

ALTER TABLE portal_user ADD COLUMN code_sends INTEGER;
ALTER TABLE settings_account ADD COLUMN code_sends INTEGER;

UPDATE portal_user SET code_sends = 1 WHERE code_hash IS NOT NULL;
UPDATE settings_account SET code_sends = 1 WHERE code_hash IS NOT NULL;
