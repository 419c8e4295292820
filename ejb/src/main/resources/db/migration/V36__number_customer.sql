-- The customer of each number's contract, on the number: the number directory reads a customer's
-- numbers in number order (and counts them) from one index instead of joining 100,000 numbers
-- through contract, site, plan and voice group before sorting them.
ALTER TABLE ip_number ADD COLUMN customer_id BIGINT;
UPDATE ip_number SET customer_id = (SELECT c.customer_id FROM contract c WHERE c.id = ip_number.contract_id);
ALTER TABLE ip_number ALTER COLUMN customer_id SET NOT NULL;
ALTER TABLE ip_number ADD CONSTRAINT fk_ip_number_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
CREATE INDEX ix_ip_number_customer ON ip_number (customer_id, number);
