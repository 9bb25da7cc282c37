-- Chains the audit trail (docs/decisions/0011-audit-chain.md): each entry keeps the hash of the entry before it
-- and the hash of its own content with that link, so an entry changed or removed afterwards is found.
-- Entries written before this version are chained once, in id order, by the application when it first opens
-- the database (AuditService.startChain): the hash is computed in Java, in one place, not here.
ALTER TABLE audit_entry ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN row_hash VARCHAR(64);

-- The end of the chain, one row. Every append updates it first, in the appending transaction: a second
-- transaction waits for that row lock, so two appends never link to the same entry. last_hash stays empty until
-- the entries written before this version are chained; until then nothing may be appended.
CREATE TABLE audit_chain_head (
    id        INT PRIMARY KEY,
    last_id   BIGINT NOT NULL,
    last_hash VARCHAR(64),
    CONSTRAINT audit_chain_head_single_ck CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_id, last_hash) SELECT 1, COALESCE(MAX(id), 0), NULL FROM audit_entry;
