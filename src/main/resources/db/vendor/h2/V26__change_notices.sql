-- The twin of db/vendor/postgresql/V26__change_notices.sql (decision 0035): on the embedded database one
-- workstation works alone, so nothing is notified and nothing listens. The version exists on both engines so
-- that their histories stay the same.
SELECT 1;
