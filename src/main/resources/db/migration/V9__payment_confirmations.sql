-- What a person confirmed when a payment was saved: ADVANCE (paid before the pledge's agreement date) and/or
-- OVERPAYMENT (above what the pledge still expected), comma-separated in that order; empty when nothing needed a
-- confirmation. Payments saved before this version were confirmed without a record: they stay empty.
ALTER TABLE payment ADD COLUMN confirmed_warnings VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE payment ADD CONSTRAINT payment_warnings_ck CHECK (confirmed_warnings IN ('', 'ADVANCE', 'OVERPAYMENT',
    'ADVANCE,OVERPAYMENT'));
