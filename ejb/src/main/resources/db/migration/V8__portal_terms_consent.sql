-- カスタマーポータル規約: which terms version a user agreed to, and when.
ALTER TABLE portal_user ADD COLUMN terms_version VARCHAR(20);
ALTER TABLE portal_user ADD COLUMN terms_accepted_at TIMESTAMP WITH TIME ZONE;
