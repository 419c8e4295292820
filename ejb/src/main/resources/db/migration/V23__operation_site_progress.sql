-- The settings history lists the operations on a site (bulk forwarding groups and activations)
-- to the accounts whose scope holds the site, also after the group is deleted, and shows the
-- progress of running jobs: the site an operation concerns, and how many of its rows are done
-- (advanced by each chunk in the chunk's transaction, so it never counts a row twice).

ALTER TABLE operation ADD COLUMN site_id BIGINT REFERENCES site (id) ON DELETE SET NULL;
ALTER TABLE operation ADD COLUMN progress_done INTEGER NOT NULL DEFAULT 0;

UPDATE operation SET site_id = (SELECT g.site_id FROM bulk_forwarding_group g
                                WHERE g.id = operation.bulk_group_id)
 WHERE bulk_group_id IS NOT NULL;
UPDATE operation SET progress_done = (SELECT COUNT(*) FROM bulk_activation_result r
                                      WHERE r.operation_id = operation.id)
 WHERE bulk_group_id IS NOT NULL;

CREATE INDEX ix_operation_site ON operation (customer_id, site_id);
