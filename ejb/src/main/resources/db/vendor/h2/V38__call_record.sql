-- Call records (one table on H2; partitioned by month on PostgreSQL, see db/vendor/postgresql).
CREATE TABLE call_record (
    call_id          VARCHAR(64)   NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    calling_number   VARCHAR(11)   NOT NULL,
    called_number    VARCHAR(20)   NOT NULL,
    answered         BOOLEAN       NOT NULL,
    duration_seconds INTEGER       NOT NULL,
    call_class       VARCHAR(20)   NOT NULL,
    ip_number_id     BIGINT,
    customer_id      BIGINT,
    tariff_id        BIGINT,
    charge           NUMERIC(12, 2),
    import_id        BIGINT        NOT NULL,
    PRIMARY KEY (call_id, started_at)
);
CREATE INDEX ix_call_record_customer ON call_record (customer_id, started_at);
CREATE INDEX ix_call_record_number ON call_record (ip_number_id, started_at);
CREATE INDEX ix_call_record_import ON call_record (import_id);
