-- Each payment's euros divided over its pledge's earmarks, at the cent, so that the parts add up exactly to the
-- payment (largest remainder; decision 0010). Derived from the payment and the allocations, rewritten with them in
-- the same transaction, and what every total by earmark adds up: the totals on screen and in the reports are then
-- sums of stored lines, never sums of figures each rounded on its own. A part of zero is not stored.
-- kind PROJECT is an earmark's part (project_id set); UNDISCLOSED the whole payment of a pledge split between
-- projects without public amounts; NOT_EARMARKED what no earmark carries (project_id 0 for these two).
CREATE TABLE payment_part (
    payment_id  BIGINT         NOT NULL,
    kind        VARCHAR(16)    NOT NULL,
    project_id  BIGINT         NOT NULL,
    eur_amount  NUMERIC(20, 2) NOT NULL,
    CONSTRAINT payment_part_pk PRIMARY KEY (payment_id, kind, project_id),
    CONSTRAINT payment_part_payment_fk FOREIGN KEY (payment_id) REFERENCES payment (id) ON DELETE CASCADE,
    CONSTRAINT payment_part_kind_ck CHECK (kind IN ('PROJECT', 'UNDISCLOSED', 'NOT_EARMARKED'))
);

-- The yearly summary by earmark now adds up parts at the cent. Its rows are rebuilt from the parts by the Java
-- migration that follows (V7_1), which splits the payments already stored.
DELETE FROM receipt_by_earmark;
ALTER TABLE receipt_by_earmark ALTER COLUMN received_eur SET DATA TYPE NUMERIC(20, 2);
