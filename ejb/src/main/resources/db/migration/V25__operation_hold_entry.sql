-- A bulk upload or download holds each site it touches (spec 30-settings-site.md §11) from its
-- acceptance until its history entry finishes: the holds name the entry, so finishing it (completed
-- or failed) gives them back in the same transaction, whatever node runs the job.

ALTER TABLE operation_hold ADD COLUMN operation_id BIGINT REFERENCES operation (id) ON DELETE CASCADE;
CREATE INDEX ix_operation_hold_operation ON operation_hold (operation_id);
