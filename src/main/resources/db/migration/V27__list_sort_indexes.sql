-- Decision 0037: every filter of the contribution list with every sort reads its page from an index.

-- The donor's name kept on each pledge, the list's sort key when it is sorted by donor: the list then needs no join
-- to the donors and reads its page from an index, alone or under a status. Derived from the donor (kept by the
-- repositories in the transaction that creates or edits a pledge or renames its donor, compared and repaired by the
-- check); filled here from the donors. No default: a writer that forgets it fails instead of storing a wrong key.
ALTER TABLE contribution ADD COLUMN donor_name VARCHAR(200) NOT NULL DEFAULT '';
UPDATE contribution SET donor_name = (SELECT d.name FROM donor d WHERE d.id = contribution.donor_id);
ALTER TABLE contribution ALTER COLUMN donor_name DROP DEFAULT;
CREATE INDEX contribution_donor_name_ix ON contribution (donor_name, id);

-- A page deep in a run of equal values (keyset paging) reads the ties after its row by id, then the next values
-- (decision 0037): the id must follow the sorted column in its index. A currency has up to a quarter of the
-- pledges (the euro), and every pledge not yet paid has received 0 euros. The amount and the agreement date have
-- few ties. The received euros' index of V5 is replaced, not doubled: a payment changes its column.
CREATE INDEX contribution_currency_order_ix ON contribution (currency, id);
DROP INDEX contribution_received_ix;
CREATE INDEX contribution_received_ix ON contribution (received_eur, id);

-- Filtered on a status, the list leads its order with the status (one value, so the same order) and reads its page
-- from one of these: the status and the sorted column, with the id that breaks ties (keyset paging, decision 0032).
-- A status matches up to four fifths of the pledges, too many to sort for a page. The agreement date is served by
-- contribution_status_ix (status, agreement_date), the status itself by contribution_status_order_ix (V22).
CREATE INDEX contribution_status_reference_ix ON contribution (status, reference, id);
CREATE INDEX contribution_status_donor_ix ON contribution (status, donor_name, id);
CREATE INDEX contribution_status_currency_ix ON contribution (status, currency, id);
CREATE INDEX contribution_status_amount_ix ON contribution (status, amount, id);
CREATE INDEX contribution_status_received_ix ON contribution (status, received_eur, id);

-- Filtered on a currency (and on no status), the list leads its order with the currency the same way: the euro is a
-- quarter of the pledges. The agreement date is served by V5's (currency, agreement_date) index.
CREATE INDEX contribution_currency_reference_ix ON contribution (currency, reference, id);
CREATE INDEX contribution_currency_donor_ix ON contribution (currency, donor_name, id);
CREATE INDEX contribution_currency_amount_ix ON contribution (currency, amount, id);
CREATE INDEX contribution_currency_received_ix ON contribution (currency, received_eur, id);
CREATE INDEX contribution_currency_status_ix ON contribution (currency, status, id);
