-- Decision 0031 (receipts by month): the euros received added up by value-date month as well, per earmark and per
-- donor, beside the yearly tables of V5 and kept in step with them by the same calls, in the same transaction. A cut
-- date then reads whole years, whole months of its year and only the days of its own month from the payments.
-- Derived like the yearly tables (filled from the payments by the Java migration 23.1 that follows), compared and
-- rewritten by the check.
CREATE TABLE receipt_by_earmark_month (
    receipt_year  INT             NOT NULL,
    receipt_month INT             NOT NULL,
    kind          VARCHAR(16)     NOT NULL,
    project_id    BIGINT          NOT NULL,
    received_eur  NUMERIC(20, 2)  NOT NULL,
    CONSTRAINT receipt_by_earmark_month_pk PRIMARY KEY (receipt_year, receipt_month, kind, project_id),
    CONSTRAINT receipt_by_earmark_month_kind_ck CHECK (kind IN ('PROJECT', 'UNDISCLOSED', 'NOT_EARMARKED')),
    CONSTRAINT receipt_by_earmark_month_month_ck CHECK (receipt_month BETWEEN 1 AND 12)
);

CREATE TABLE receipt_by_donor_month (
    receipt_year  INT            NOT NULL,
    receipt_month INT            NOT NULL,
    donor_id      BIGINT         NOT NULL,
    received_eur  NUMERIC(20, 2) NOT NULL,
    CONSTRAINT receipt_by_donor_month_pk PRIMARY KEY (receipt_year, receipt_month, donor_id),
    CONSTRAINT receipt_by_donor_month_month_ck CHECK (receipt_month BETWEEN 1 AND 12)
);
