-- 一括設定アップロード, faster chunks: a chunk's outcome is kept as one part of the result file
-- (its rows rendered in the uploader's language, with the counts and the chunk's numbers) written
-- in the chunk's transaction, instead of one outcome row per input row. A restarted job skips the
-- lines of the parts written; the duplicate rule rebuilds the file's earlier numbers from them;
-- the result file is the header and the parts in line order.

DROP TABLE bulk_upload_row;

CREATE TABLE bulk_upload_part (
    operation_id  BIGINT   NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
    first_line    BIGINT   NOT NULL,
    last_line     BIGINT   NOT NULL,
    ok_rows       INTEGER  NOT NULL,
    error_rows    INTEGER  NOT NULL,
    changed_rows  INTEGER  NOT NULL,
    numbers       TEXT     NOT NULL,
    content       TEXT     NOT NULL,
    PRIMARY KEY (operation_id, first_line)
);
