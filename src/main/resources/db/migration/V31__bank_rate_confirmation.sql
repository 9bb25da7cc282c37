-- A payment whose bank euros imply a rate more than 20% from the ECB's of its value date is confirmed before it
-- is saved (decision 0052): the confirmation BANK_RATE is kept with it, after the other three in the same
-- comma-separated order.
ALTER TABLE payment DROP CONSTRAINT payment_warnings_ck;
ALTER TABLE payment ADD CONSTRAINT payment_warnings_ck CHECK (confirmed_warnings IN (
    '', 'ADVANCE', 'OVERPAYMENT', 'REPEATED', 'BANK_RATE', 'ADVANCE,OVERPAYMENT', 'ADVANCE,REPEATED',
    'ADVANCE,BANK_RATE', 'OVERPAYMENT,REPEATED', 'OVERPAYMENT,BANK_RATE', 'REPEATED,BANK_RATE',
    'ADVANCE,OVERPAYMENT,REPEATED', 'ADVANCE,OVERPAYMENT,BANK_RATE', 'ADVANCE,REPEATED,BANK_RATE',
    'OVERPAYMENT,REPEATED,BANK_RATE', 'ADVANCE,OVERPAYMENT,REPEATED,BANK_RATE'));
