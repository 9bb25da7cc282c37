-- Decision 0029: the speed-ups of issue 14.

-- What the pledges still expected, kept as changes: on a day, in a currency, how much more was expected and how many
-- more pledges were outstanding (negative when payments, settlements or cancellations took them away). Derived from
-- the pledges and their payments, kept in step by the service in the transaction that changes either, recomputed
-- and compared by the check. The dashboard adds up the whole years before a day and the days of its own year,
-- instead of reading every payment made after the day to take it back.
CREATE TABLE outstanding_by_day (
    change_date DATE           NOT NULL,
    currency    CHAR(3)        NOT NULL,
    amount      NUMERIC(24, 4) NOT NULL,
    pledges     INT            NOT NULL,
    CONSTRAINT outstanding_by_day_pk PRIMARY KEY (change_date, currency)
);

-- The same changes added up by year: the sums of the day rows of each year.
CREATE TABLE outstanding_by_year (
    change_year INT            NOT NULL,
    currency    CHAR(3)        NOT NULL,
    amount      NUMERIC(24, 4) NOT NULL,
    pledges     INT            NOT NULL,
    CONSTRAINT outstanding_by_year_pk PRIMARY KEY (change_year, currency)
);

-- The first day, from its agreement on, on which a pledge expected nothing more (paid in full or cancelled); NULL
-- while it is outstanding. Derived like the ledger (filled by the Java migration 22.1 that follows). A pledge is
-- outstanding on a day from its agreement date to this day excluded: the oldest outstanding pledges are read from
-- this index instead of testing every pledge against its payments.
ALTER TABLE contribution ADD COLUMN closed_on DATE;
CREATE INDEX contribution_closed_ix ON contribution (closed_on, agreement_date, id);

-- The list sorted by status reads its page in this order; the index on (status, agreement_date) left H2 sorting
-- every contribution of a status by id for one page.
CREATE INDEX contribution_status_order_ix ON contribution (status, id);
