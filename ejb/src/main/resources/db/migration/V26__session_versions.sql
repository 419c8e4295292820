-- Sessions follow the database: a session keeps the versions its account had when it signed in and
-- compares them on every request. sign_in_version moves when the account's identity changes (role,
-- password, lock): every session of the account ends. access_version moves when a portal user's
-- group memberships or permissions change: a session opened through the hand-off re-checks that the
-- user may still edit its voice group.

ALTER TABLE portal_user ADD COLUMN sign_in_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE portal_user ADD COLUMN access_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE settings_account ADD COLUMN sign_in_version BIGINT DEFAULT 0 NOT NULL;
