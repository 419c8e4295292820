-- A hand-off token is bound to the browser session that asked for it: the SHA-256 of a random key
-- that session keeps. A token presented from any other session is refused (and used up).

ALTER TABLE settings_handoff ADD COLUMN session_hash VARCHAR(64);
