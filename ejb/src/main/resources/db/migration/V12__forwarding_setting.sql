-- A number's own forwarding setting (spec 30-settings-site.md §1), and what the settings history
-- (§10) keeps of a single-number change: the number, the old and the new value (for the difference
-- page and 元に戻す), and which entry an undo restored.

CREATE TABLE forwarding_setting (
    ip_number_id   BIGINT      PRIMARY KEY REFERENCES ip_number (id) ON DELETE CASCADE,
    forward        BOOLEAN     NOT NULL,
    unconditional  BOOLEAN     NOT NULL,
    busy           BOOLEAN     NOT NULL,
    no_answer      BOOLEAN     NOT NULL,
    unreachable    BOOLEAN     NOT NULL,
    ring_seconds   INTEGER,
    list1          VARCHAR(32) NOT NULL,
    list2          VARCHAR(32) NOT NULL,
    list3          VARCHAR(32) NOT NULL,
    list4          VARCHAR(32) NOT NULL,
    list5          VARCHAR(32) NOT NULL,
    target         VARCHAR(10),
    version        BIGINT      NOT NULL
);

ALTER TABLE operation ADD COLUMN ip_number_id BIGINT REFERENCES ip_number (id) ON DELETE SET NULL;
ALTER TABLE operation ADD COLUMN old_value VARCHAR(1000);
ALTER TABLE operation ADD COLUMN new_value VARCHAR(1000);
ALTER TABLE operation ADD COLUMN undo_of BIGINT REFERENCES operation (id) ON DELETE SET NULL;
CREATE INDEX ix_operation_number ON operation (ip_number_id, accepted_at);
