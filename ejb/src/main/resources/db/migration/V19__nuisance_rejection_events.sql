-- Each counted nuisance rejection's id (spec 50-routing.md: counts exact, never lost): the count
-- update and this row commit together, so a redelivered message is recognised and never counted
-- twice. Rows older than the last two months are purged with the settings history.

CREATE TABLE nuisance_rejection_event (
    event_id     VARCHAR(36)  PRIMARY KEY,
    counted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
