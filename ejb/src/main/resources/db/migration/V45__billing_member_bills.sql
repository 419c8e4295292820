-- What Web Billing members read of the bills (docs/web-billing.md).
-- A target line is the customer's that held it when it was added: a number given back and later
-- given to another customer never shows that customer's bills to the member.
ALTER TABLE billing_member_line ADD COLUMN customer_id BIGINT;
UPDATE billing_member_line SET customer_id =
    (SELECT m.customer_id FROM billing_member m WHERE m.id = billing_member_line.member_id);
ALTER TABLE billing_member_line ALTER COLUMN customer_id SET NOT NULL;

-- 支払済: the day the bill was paid, as the payment feed reports it (null: 未払い).
ALTER TABLE bill ADD COLUMN paid_on DATE;
