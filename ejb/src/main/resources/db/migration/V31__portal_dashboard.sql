-- The dashboard lists a portal user's own latest operations on every visit.
CREATE INDEX ix_operation_account ON operation (customer_id, account, accepted_at);
