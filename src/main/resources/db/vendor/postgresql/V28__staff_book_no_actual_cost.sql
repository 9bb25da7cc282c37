-- Decision 0034, "Every screen": an actual cost of a conference is a line of its project's spending, which only the
-- programme manager writes (staff read the money). V25 let staff write budget_actual, the link of a spending line
-- to a budget line, which without the spending line itself served nothing; the window's one table of capabilities
-- (domain.people.Permission) and the server's grants now say the same, and CapabilityGrantsTest compares them.
DO $grants$
BEGIN
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON budget_actual FROM %I', octopus_role_name('staff'));
END
$grants$;
