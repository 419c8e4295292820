-- The per-number する/しない switches of spec 30-settings-site.md §4, §8 and §9. A number without a
-- row has the feature's default (specific number presentation, anonymous rejection and caller-ID
-- presentation on; international suspension and outgoing restriction off).

CREATE TABLE number_feature (
    ip_number_id  BIGINT      NOT NULL REFERENCES ip_number (id) ON DELETE CASCADE,
    feature       VARCHAR(40) NOT NULL,
    enabled       BOOLEAN     NOT NULL,
    version       BIGINT      NOT NULL,
    PRIMARY KEY (ip_number_id, feature),
    CONSTRAINT ck_number_feature CHECK (feature IN ('SPECIFIC_NUMBER_PRESENTATION',
        'ANONYMOUS_REJECTION', 'CALLER_ID_PRESENTATION', 'INTERNATIONAL_SUSPENSION',
        'OUTGOING_RESTRICTION'))
);
