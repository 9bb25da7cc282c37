-- Convention 108+ in the participants register: a person's details erased on request, and purged from every
-- edition whose retention period has passed (docs/decisions/0026). The row stays, with its country, sector and
-- funding, so that the counts of an edition ("452 participants from 117 countries") never change.

-- The day a row's personal details were blanked, and why: at the person's request or at the end of the period.
ALTER TABLE participant ADD COLUMN erased_on DATE;
ALTER TABLE participant ADD COLUMN erasure VARCHAR(16);
ALTER TABLE participant ADD CONSTRAINT participant_erasure_ck CHECK ((erased_on IS NULL) = (erasure IS NULL)
    AND (erasure IS NULL OR erasure IN ('REQUEST', 'RETENTION')));

-- How many months after an edition's last day its participants' personal details are kept. Two years covers the
-- report, the accounts and the next edition's invitations.
ALTER TABLE conference ADD COLUMN retention_months INT NOT NULL DEFAULT 24;
ALTER TABLE conference ADD CONSTRAINT conference_retention_ck CHECK (retention_months BETWEEN 1 AND 120);
