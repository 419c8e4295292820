-- A billing group is known to the service-order feed by its customer and representative number.
CREATE UNIQUE INDEX uk_billing_group_representative ON billing_group (customer_id, representative_number);
