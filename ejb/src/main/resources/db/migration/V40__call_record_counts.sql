-- The call-record import counts the calls it wrote and those it wrote unbilled chunk by chunk, in
-- the chunk's transaction (call_record_import.loaded / unbilled), instead of counting the calls by
-- import at its end: the index on import_id cost every insert and nothing else reads it.
DROP INDEX ix_call_record_import;
