-- 転送を予約する (spec 30-settings-site.md §2): a number's weekly schedule of up to five named forwarding
-- patterns and weekday slots. The settings history keeps whole schedules, so its old/new values grow.

CREATE TABLE forwarding_reservation (
    ip_number_id  BIGINT  PRIMARY KEY REFERENCES ip_number (id) ON DELETE CASCADE,
    version       BIGINT  NOT NULL
);

CREATE TABLE reservation_pattern (
    ip_number_id  BIGINT       NOT NULL REFERENCES forwarding_reservation (ip_number_id) ON DELETE CASCADE,
    pattern_no    INTEGER      NOT NULL,
    name          VARCHAR(80)  NOT NULL,
    setting       VARCHAR(300) NOT NULL,
    PRIMARY KEY (ip_number_id, pattern_no),
    CONSTRAINT ck_reservation_pattern_no CHECK (pattern_no BETWEEN 1 AND 5)
);

CREATE TABLE reservation_slot (
    ip_number_id  BIGINT   NOT NULL REFERENCES forwarding_reservation (ip_number_id) ON DELETE CASCADE,
    day_of_week   INTEGER  NOT NULL,
    start_minute  INTEGER  NOT NULL,
    pattern_no    INTEGER  NOT NULL,
    PRIMARY KEY (ip_number_id, day_of_week, start_minute),
    CONSTRAINT ck_reservation_slot_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_reservation_slot_minute CHECK (start_minute BETWEEN 0 AND 1439)
);

ALTER TABLE operation ALTER COLUMN old_value SET DATA TYPE VARCHAR(8000);
ALTER TABLE operation ALTER COLUMN new_value SET DATA TYPE VARCHAR(8000);
