-- 一括設定アップロード (spec 40-bulk-and-batch.md §2, §3). The uploaded file is kept with its
-- operation (any node can run or restart the job), and each data row's outcome is written in the
-- chunk transaction that applies it: a restarted job neither applies a row twice nor skips one,
-- a number's second row in a file is found as a duplicate, and the result file is built from the
-- rows in input order.

CREATE TABLE bulk_upload_input (
    operation_id  BIGINT       PRIMARY KEY REFERENCES operation (id) ON DELETE CASCADE,
    charset       VARCHAR(20)  NOT NULL,
    content       BYTEA        NOT NULL
);

CREATE TABLE bulk_upload_row (
    operation_id  BIGINT         NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
    line          BIGINT         NOT NULL,
    number        VARCHAR(40)    NOT NULL,
    fields        VARCHAR(4000)  NOT NULL,
    ok            BOOLEAN        NOT NULL,
    error         VARCHAR(1000),
    change        VARCHAR(1000),
    PRIMARY KEY (operation_id, line)
);
CREATE INDEX ix_bulk_upload_row_number ON bulk_upload_row (operation_id, number);
