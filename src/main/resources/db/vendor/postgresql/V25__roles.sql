-- Decision 0034: the four roles of an office as PostgreSQL group roles with grants, so that the rules hold whatever
-- client connects. PostgreSQL only: embedded H2 has one person, the operating-system user, who may do everything.
--
-- Roles are the cluster's, not the database's: they are named after the database that first ran this migration
-- (octopus_administrator, octopus_programme_manager, octopus_assistant, octopus_staff for a database "octopus"), so
-- that several Octopus databases can share a cluster. octopus_role_name(kind) gives the names to the app and to the
-- triggers below, and keeps giving them if the database is renamed or copied (CREATE DATABASE ... TEMPLATE).
--
-- Creating roles needs CREATEROLE: this runs at the first start on the empty database, with the account of the
-- database owner, which IT creates WITH CREATEROLE. Persons are then added by an administrator through the
-- SECURITY DEFINER functions at the end, which run with the owner's right to create roles but can only create
-- logins in one of the four roles, change their role, or disable them.

DO $roles$
DECLARE
    prefix text := current_database() || '_';
    kind text;
    grantee text;
BEGIN
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'Octopus Desk: the first start needs the right to create roles (CREATEROLE): % lacks it',
            current_user
            USING ERRCODE = '42501', HINT = 'octopus:roles.setUpNeedsCreateRole';
    END IF;
    IF length(prefix || 'programme_manager') > 63 THEN
        RAISE EXCEPTION 'Octopus Desk: the database name % is too long to name its roles (at most 45 characters)',
            current_database();
    END IF;
    FOREACH kind IN ARRAY ARRAY['administrator', 'programme_manager', 'assistant', 'staff'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = prefix || kind) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', prefix || kind);
        END IF;
    END LOOP;
    EXECUTE format('CREATE FUNCTION octopus_role_name(kind text) RETURNS name LANGUAGE sql IMMUTABLE AS %L',
        format('SELECT (%L || kind)::name', prefix));
END
$roles$;

-- The security-definer functions below must not find objects of someone else's schema first.
SELECT set_config('search_path', quote_ident(current_schema()) || ', pg_temp', true);

-- Grants. Every role reads everything (staff read the money; an administrator sees what the people do) and writes
-- the audit trail, since every change writes its entry. The programme manager changes everything. The assistant
-- changes donors, pledges, earmarks, payments and rates, and with them what is derived from them in the same
-- transaction (payment parts, receipts by year, the outstanding ledger). Staff change meetings and conferences.
-- Audit entries are never changed but by the chaining of entries older than the chain (programme manager).
DO $grants$
DECLARE
    administrator name := octopus_role_name('administrator');
    manager name := octopus_role_name('programme_manager');
    assistant name := octopus_role_name('assistant');
    staff name := octopus_role_name('staff');
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP
        EXECUTE format('GRANT SELECT ON %I TO %I, %I, %I, %I', t.tablename, administrator, manager, assistant,
            staff);
        IF t.tablename <> 'flyway_schema_history' THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t.tablename, manager);
        END IF;
    END LOOP;
    FOR t IN SELECT unnest(ARRAY['donor', 'contribution', 'allocation', 'payment', 'payment_part',
            'receipt_by_earmark', 'receipt_by_donor', 'receipt_by_earmark_month', 'receipt_by_donor_month',
            'outstanding_by_day', 'outstanding_by_year', 'exchange_rate']) AS tablename LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t.tablename, assistant);
    END LOOP;
    FOR t IN SELECT unnest(ARRAY['meeting_series', 'meeting', 'agenda_item', 'decision', 'meeting_document',
            'delegation', 'delegate', 'follow_up_action', 'bureau_member', 'conference', 'conference_session',
            'session_person', 'participant', 'logistics_task', 'logistics_checklist_item', 'conference_budget_line',
            'budget_actual']) AS tablename LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t.tablename, staff);
    END LOOP;
    EXECUTE format('GRANT INSERT ON audit_entry TO %I, %I, %I, %I', administrator, manager, assistant, staff);
    EXECUTE format('GRANT UPDATE ON audit_chain_head TO %I, %I, %I, %I', administrator, manager, assistant, staff);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I, %I, %I, %I', current_schema(),
        administrator, manager, assistant, staff);
    -- Tables and sequences of later migrations (run by the owner): everyone reads, the programme manager writes;
    -- a migration that lets another role write says so with its own GRANT.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I, %I, %I, %I',
        current_schema(), administrator, manager, assistant, staff);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT INSERT, UPDATE, DELETE ON TABLES TO %I',
        current_schema(), manager);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I, %I, %I, %I',
        current_schema(), administrator, manager, assistant, staff);
END
$grants$;

-- Whether the session is an assistant and not also a programme manager (nor a superuser, who is a member of every
-- role): the one whose deletes and cancellations the triggers below refuse. The owner is neither and passes.
CREATE FUNCTION octopus_only_assistant() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, octopus_role_name('assistant'), 'MEMBER')
        AND NOT pg_has_role(current_user, octopus_role_name('programme_manager'), 'MEMBER')
$$;

-- An assistant deletes a payment entered by mistake on the day, not one of an earlier day: those are the
-- programme manager's. A row policy would hide such rows from the DELETE and delete nothing without a word; the
-- trigger refuses with the app's reason (SQLSTATE 42501, the hint names the message).
CREATE FUNCTION octopus_refuse_past_payment_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.value_date < current_date AND octopus_only_assistant() THEN
        RAISE EXCEPTION 'Octopus Desk: an assistant cannot delete a payment dated before today (%)', OLD.value_date
            USING ERRCODE = '42501', HINT = 'octopus:payment.deletePast';
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER payment_delete_by_role BEFORE DELETE ON payment
    FOR EACH ROW EXECUTE FUNCTION octopus_refuse_past_payment_delete();

-- Cancelling a pledge (or taking a cancellation back) is the programme manager's.
CREATE FUNCTION octopus_refuse_cancellation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.cancelled_on IS DISTINCT FROM OLD.cancelled_on
            OR (NEW.status = 'CANCELLED') <> (OLD.status = 'CANCELLED')) AND octopus_only_assistant() THEN
        RAISE EXCEPTION 'Octopus Desk: an assistant cannot cancel a pledge (%)', OLD.reference
            USING ERRCODE = '42501', HINT = 'octopus:contribution.cancel';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER contribution_cancel_by_role BEFORE UPDATE ON contribution
    FOR EACH ROW EXECUTE FUNCTION octopus_refuse_cancellation();

-- The people of the office: the login roles that are members of one of the four roles.
CREATE FUNCTION octopus_people() RETURNS TABLE (login name, kind text, can_login boolean) LANGUAGE sql STABLE
    SET search_path FROM CURRENT AS $$
    SELECT member.rolname, substring(grp.rolname FROM length(octopus_role_name('')) + 1), member.rolcanlogin
    FROM pg_auth_members m
    JOIN pg_roles grp ON grp.oid = m.roleid
    JOIN pg_roles member ON member.oid = m.member
    WHERE grp.rolname IN (octopus_role_name('administrator'), octopus_role_name('programme_manager'),
        octopus_role_name('assistant'), octopus_role_name('staff'))
    ORDER BY member.rolname
$$;

CREATE FUNCTION octopus_check_kind(kind text) RETURNS name LANGUAGE plpgsql IMMUTABLE
    SET search_path FROM CURRENT AS $$
BEGIN
    IF kind IS NULL OR kind NOT IN ('administrator', 'programme_manager', 'assistant', 'staff') THEN
        RAISE EXCEPTION 'Octopus Desk: no role %', kind USING ERRCODE = '22023';
    END IF;
    RETURN octopus_role_name(kind);
END
$$;

-- Only a login already in one of the four roles may be changed: never the owner, a superuser or another
-- application's account.
CREATE FUNCTION octopus_check_person(login text) RETURNS void LANGUAGE plpgsql STABLE
    SET search_path FROM CURRENT AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM octopus_people() p WHERE p.login = octopus_check_person.login)
            OR EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = octopus_check_person.login AND r.rolsuper) THEN
        RAISE EXCEPTION 'Octopus Desk: % is not a person of this database', login
            USING ERRCODE = '42704', HINT = 'octopus:person.unknown';
    END IF;
END
$$;

CREATE FUNCTION octopus_add_person(login text, password text, kind text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'Octopus Desk: the login % exists already', login
            USING ERRCODE = '42710', HINT = 'octopus:person.exists';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, password, octopus_check_kind(kind));
END
$$;

CREATE FUNCTION octopus_set_role(login text, kind text) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    role_kind text;
    target name := octopus_check_kind(kind);
BEGIN
    PERFORM octopus_check_person(login);
    FOREACH role_kind IN ARRAY ARRAY['administrator', 'programme_manager', 'assistant', 'staff'] LOOP
        IF octopus_role_name(role_kind) <> target
                AND pg_has_role(login, octopus_role_name(role_kind), 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', octopus_role_name(role_kind), login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', target, login);
END
$$;

CREATE FUNCTION octopus_set_login(login text, enabled boolean) RETURNS void LANGUAGE plpgsql
    SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM octopus_check_person(login);
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END
$$;

DO $people$
DECLARE
    administrator name := octopus_role_name('administrator');
BEGIN
    REVOKE EXECUTE ON FUNCTION octopus_add_person(text, text, text), octopus_set_role(text, text),
        octopus_set_login(text, boolean) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION octopus_add_person(text, text, text), octopus_set_role(text, text), '
        'octopus_set_login(text, boolean) TO %I', administrator);
END
$people$;
