-- A bulk upload or download holds each site it touches (spec 30-settings-site.md §11) from its
-- acceptance until its history entry finishes: the holds name the entry, so finishing it (completed
-- or failed) gives them back in the same transaction, whatever node runs the job. Such a hold keeps
-- its numbers (up to 100,000) as one array value instead of a row each in operation_hold_number:
-- one write at acceptance instead of 100,000 rows with their foreign-key checks (1.4 s on the
-- benchmark machine); the conflict check compares it with = ANY.

ALTER TABLE operation_hold ADD COLUMN operation_id BIGINT REFERENCES operation (id) ON DELETE CASCADE;
ALTER TABLE operation_hold ADD COLUMN number_ids BIGINT ARRAY;
CREATE INDEX ix_operation_hold_operation ON operation_hold (operation_id);
