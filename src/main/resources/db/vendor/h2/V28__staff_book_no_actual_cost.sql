-- The twin of db/vendor/postgresql/V28__staff_book_no_actual_cost.sql (decision 0034, "Every screen"): the embedded
-- database has one person and no roles, so there is no grant to take back. The version exists on both engines so
-- that their histories stay the same.
SELECT 1;
