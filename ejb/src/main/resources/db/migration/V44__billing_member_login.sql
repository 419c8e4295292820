-- Web Billing members log in (docs/web-billing.md): the same login state as the other account
-- families (failures and lock, the ticket of the secret-question step, the sign-in version every
-- session carries), the login before the last one (the top page's 前回ログイン日時), and the bill
-- notification mail's setting.
ALTER TABLE billing_member ADD COLUMN failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE billing_member ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE billing_member ADD COLUMN probation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE billing_member ADD COLUMN login_ticket_hash VARCHAR(64);
ALTER TABLE billing_member ADD COLUMN login_ticket_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE billing_member ADD COLUMN code_hash VARCHAR(100);
ALTER TABLE billing_member ADD COLUMN code_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE billing_member ADD COLUMN code_wrong_entries INTEGER;
ALTER TABLE billing_member ADD COLUMN code_used BOOLEAN;
ALTER TABLE billing_member ADD COLUMN code_sends INTEGER;
ALTER TABLE billing_member ADD COLUMN sign_in_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE billing_member ADD COLUMN previous_login_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE billing_member ADD COLUMN bill_mail BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE billing_member ADD COLUMN bill_mail_address VARCHAR(254);
CREATE UNIQUE INDEX uk_billing_member_ticket ON billing_member (login_ticket_hash);

-- A mailed link may also confirm a new contact address (with the secret question and answer chosen
-- with it, asked again when the link is opened) or a new bill notification address; until then the
-- old address stays in force.
ALTER TABLE billing_member_link ADD COLUMN new_mail VARCHAR(254);
ALTER TABLE billing_member_link ADD COLUMN secret_question VARCHAR(40);
ALTER TABLE billing_member_link ADD COLUMN secret_answer_hash VARCHAR(200);
ALTER TABLE billing_member_link DROP CONSTRAINT ck_billing_member_link_purpose;
ALTER TABLE billing_member_link ADD CONSTRAINT ck_billing_member_link_purpose
    CHECK (purpose IN ('REGISTRATION', 'MAIL_CHANGE', 'BILL_MAIL'));

-- ご請求額お知らせメール sent: one row per member and closed month, written in the transaction that
-- queues the mail, so a restart never sends it twice (and the mail's id is keyed the same way).
CREATE TABLE billing_bill_notice (
    member_id     BIGINT  NOT NULL REFERENCES billing_member (id),
    billing_month CHAR(7) NOT NULL,
    queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, billing_month)
);
