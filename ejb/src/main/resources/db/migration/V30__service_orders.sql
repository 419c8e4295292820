-- The operator's service-order feed (docs/service-orders.md).
-- A customer's mail language: the default of the first administrator's and the operator's mails.
ALTER TABLE customer ADD COLUMN mail_language VARCHAR(2) DEFAULT 'ja' NOT NULL;

-- One import of one order file; its id is the import job's instance id, so a restarted job finds
-- its import again. The path is where the file lies while it is imported (unique: a file is
-- imported by one job at a time). The result file is kept with it, so any node serves it.
CREATE TABLE order_import (
    id           BIGINT        PRIMARY KEY,
    file_name    VARCHAR(255)  NOT NULL,
    file_path    VARCHAR(1000) NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    state        VARCHAR(10)   NOT NULL,
    result_csv   BYTEA,
    CONSTRAINT uk_order_import_path UNIQUE (file_path),
    CONSTRAINT ck_order_import_state CHECK (state IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX ix_order_import_started ON order_import (started_at);

-- What became of each line of an import: written in the transaction that applied the order (or
-- after the one that refused it), so a restarted import finds the lines it already did.
CREATE TABLE order_line (
    import_id  BIGINT       NOT NULL REFERENCES order_import (id),
    line_no    INTEGER      NOT NULL,
    order_id   VARCHAR(40),
    kind       VARCHAR(20),
    outcome    VARCHAR(10)  NOT NULL,
    reason     VARCHAR(40),
    detail     VARCHAR(500),
    PRIMARY KEY (import_id, line_no),
    CONSTRAINT ck_order_line_outcome CHECK (outcome IN ('APPLIED', 'SKIPPED', 'REFUSED'))
);
CREATE INDEX ix_order_line_order ON order_line (order_id);

-- Each order applied, once: the primary key refuses a second application whatever file or import
-- brings the order again. A refused order is not here, so a corrected one may be sent again.
CREATE TABLE applied_order (
    order_id    VARCHAR(40) PRIMARY KEY,
    import_id   BIGINT      NOT NULL REFERENCES order_import (id),
    line_no     INTEGER     NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
