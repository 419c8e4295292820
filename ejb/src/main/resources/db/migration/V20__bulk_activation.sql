-- 一括転送 開始 / 停止 as a Jakarta Batch job (spec 40-bulk-and-batch.md §1). One row per member
-- per activation, written in the chunk transaction that applies the member: a job restarted after
-- a crash continues after the last committed chunk, so no member is applied twice or skipped, and
-- the result file (IP電話番号, 処理結果, エラー内容) is built from these rows. The operation keeps
-- its group and how many members it has to apply (the history screen's progress bar).

CREATE TABLE bulk_activation_result (
    operation_id  BIGINT       NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
    ip_number_id  BIGINT       NOT NULL REFERENCES ip_number (id) ON DELETE CASCADE,
    number        VARCHAR(11)  NOT NULL,
    applied       BOOLEAN      NOT NULL,
    error         VARCHAR(20),
    PRIMARY KEY (operation_id, ip_number_id)
);

ALTER TABLE operation ADD COLUMN bulk_group_id BIGINT REFERENCES bulk_forwarding_group (id) ON DELETE SET NULL;
ALTER TABLE operation ADD COLUMN progress_total INTEGER;
