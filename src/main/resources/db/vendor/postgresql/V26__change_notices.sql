-- Workstations on one PostgreSQL database hear of each other's changes (decision 0035). After each statement that
-- writes an application table, the server notifies the channel octopus_changes with the table's name and the
-- writing connection's application name, which tells a workstation its own changes. PostgreSQL sends the notices
-- when the transaction commits (none for one rolled back), each distinct one once per transaction, so a bulk
-- import of a thousand rows is one notice per table it wrote.
-- A migration that adds a table adds its trigger too: ServerChangeNoticesTest checks that every table has one.

CREATE FUNCTION octopus_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('octopus_changes', TG_TABLE_NAME || ' ' || current_setting('application_name'));
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    changed_table text;
BEGIN
    FOR changed_table IN
        SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            AND table_name <> 'flyway_schema_history'
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION octopus_notify_change()',
                changed_table || '_notify', changed_table);
    END LOOP;
END;
$$;
