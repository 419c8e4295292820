-- 一括設定ダウンロード of hand-picked numbers (spec 40-bulk-and-batch.md §3: search, select, ダウンロード):
-- the numbers the user selected, kept with the operation so any node can run or restart the job.
-- No row for an operation: every number matching its search.

CREATE TABLE bulk_download_number (
    operation_id  BIGINT       NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
    number        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (operation_id, number)
);
