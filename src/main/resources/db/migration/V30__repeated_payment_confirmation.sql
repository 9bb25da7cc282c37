-- A payment of the same day and amount as one its pledge has already is confirmed before it is saved, as a payment
-- in advance or above what is outstanding is (decision 0049): the confirmation REPEATED is kept with it, after the
-- other two in the same comma-separated order.
ALTER TABLE payment DROP CONSTRAINT payment_warnings_ck;
ALTER TABLE payment ADD CONSTRAINT payment_warnings_ck CHECK (confirmed_warnings IN ('', 'ADVANCE', 'OVERPAYMENT',
    'REPEATED', 'ADVANCE,OVERPAYMENT', 'ADVANCE,REPEATED', 'OVERPAYMENT,REPEATED', 'ADVANCE,OVERPAYMENT,REPEATED'));
