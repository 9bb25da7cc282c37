-- Exchange rates as published: EUR 1 = units_per_euro units of the currency, for one day and one source.
-- A published rate is never changed: a differing value for the same day and source is reported, not applied.

CREATE TABLE exchange_rate (
    currency       CHAR(3)        NOT NULL,
    source         VARCHAR(16)    NOT NULL,
    rate_date      DATE           NOT NULL,
    -- Up to 12 digits before and 8 after the point: every ECB rate fits exactly (TRL 372188, MTL 0.4432).
    units_per_euro NUMERIC(20, 8) NOT NULL,
    note           VARCHAR(1000)  NOT NULL DEFAULT '',
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exchange_rate_pk PRIMARY KEY (currency, source, rate_date),
    CONSTRAINT exchange_rate_positive_ck CHECK (units_per_euro > 0),
    CONSTRAINT exchange_rate_source_ck CHECK (source IN ('ECB', 'INFOREURO', 'UN_OPERATIONAL', 'BANK_ACTUAL', 'MANUAL'))
);
