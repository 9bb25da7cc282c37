package org.octopusdesk.domain.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a session may be refused because of its role, as the window shows it (disabled, with the reason): the one
 * table of the app's rules, a capability per action and the roles that have it. The server holds the same rules in
 * its grants and triggers (V25); this is their mirror for the person, not the guard, and
 * {@code CapabilityGrantsTest} compares the two on a PostgreSQL server so that they cannot drift.
 */
public enum Permission {
    MANAGE_PEOPLE("managePeople", ServerRule.FUNCTION, EnumSet.of(Role.ADMINISTRATOR)),
    CHANGE_DONORS("changeDonors", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER, Role.ASSISTANT), "donor"),
    /** Pledges, earmarks and payments, with the totals derived from them in the same transaction. */
    CHANGE_MONEY("changeMoney", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER, Role.ASSISTANT),
            "contribution", "allocation", "payment", "payment_part", "receipt_by_earmark", "receipt_by_donor",
            "receipt_by_earmark_month", "receipt_by_donor_month", "outstanding_by_day", "outstanding_by_year"),
    ENTER_RATES("enterRates", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER, Role.ASSISTANT),
            "exchange_rate"),
    CANCEL_PLEDGE("cancelPledge", ServerRule.TRIGGER, EnumSet.of(Role.PROGRAMME_MANAGER)),
    DELETE_EARLIER_PAYMENT("deleteEarlierPayment", ServerRule.TRIGGER, EnumSet.of(Role.PROGRAMME_MANAGER)),
    CHANGE_MEETINGS("changeMeetings", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER, Role.STAFF),
            "meeting_series", "meeting", "agenda_item", "decision", "meeting_document", "delegation", "delegate",
            "follow_up_action", "bureau_member"),
    /** Editions, their programme, participants, logistics, checklist and budget lines (planned costs). */
    CHANGE_CONFERENCES("changeConferences", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER, Role.STAFF),
            "conference", "conference_session", "session_person", "participant", "logistics_task",
            "logistics_checklist_item", "conference_budget_line"),
    /** An actual cost of a conference is a line of its project's spending (decision 0034, "Every screen"). */
    BOOK_ACTUAL_COST("bookActualCost", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER),
            "budget_actual", "expenditure"),
    CHANGE_PROJECTS("changeProjects", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER),
            "project", "project_expected_result", "project_amendment"),
    CHANGE_SPENDING("changeSpending", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER), "expenditure"),
    CHANGE_COUNTRIES("changeCountries", ServerRule.GRANTS, EnumSet.of(Role.PROGRAMME_MANAGER),
            "treaty_status", "tcy_status", "assistance_activity"),
    REPAIR_TOTALS("repairTotals", ServerRule.APP_ONLY, EnumSet.of(Role.PROGRAMME_MANAGER));

    /** How the server holds the rule this mirrors. */
    public enum ServerRule {
        /** Write grants (INSERT, UPDATE, DELETE) on every one of {@link #tables()}. */
        GRANTS,
        /** A trigger of V25 refuses it to an assistant. */
        TRIGGER,
        /** Execute grants on V25's security-definer functions of the people. */
        FUNCTION,
        /** Not enforced by the server (decision 0034, derived tables): the app refuses it. */
        APP_ONLY
    }

    private final String key;
    private final ServerRule serverRule;
    private final Set<Role> roles;
    private final List<String> tables;

    Permission(String key, ServerRule serverRule, Set<Role> roles, String... tables) {
        this.key = key;
        this.serverRule = serverRule;
        this.roles = roles;
        this.tables = List.of(tables);
    }

    /** The roles that have it. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public ServerRule serverRule() {
        return serverRule;
    }

    /** The tables a role must be granted to write for {@link ServerRule#GRANTS}; empty for the other rules. */
    public List<String> tables() {
        return tables;
    }

    /** The key of the sentence saying that a role cannot do it, "Your role, {0}, cannot ...". */
    public String refusalKey() {
        return "role.cannot." + key;
    }
}
