-- A job's outcome as counts (rows done, rows with an error), which the pages word in the reader's
-- language, instead of an English summary in the message. Earlier entries keep their counts.
ALTER TABLE operation ADD COLUMN rows_done INTEGER;
ALTER TABLE operation ADD COLUMN rows_failed INTEGER;

UPDATE operation
   SET rows_done = CAST(SUBSTRING(message, 1, POSITION(' OK, ' IN message) - 1) AS INTEGER),
       rows_failed = CAST(SUBSTRING(message, POSITION(' OK, ' IN message) + 5,
                              POSITION(' ERROR' IN message) - POSITION(' OK, ' IN message) - 5)
                          AS INTEGER),
       message = NULL
 WHERE state = 'COMPLETED' AND message LIKE '% OK, % ERROR';

UPDATE operation
   SET rows_done = CAST(SUBSTRING(message, 1, POSITION(' rows' IN message) - 1) AS INTEGER),
       message = NULL
 WHERE state = 'COMPLETED' AND message LIKE '% rows';
