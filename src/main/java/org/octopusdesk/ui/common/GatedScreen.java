package org.octopusdesk.ui.common;

import java.util.List;
import org.octopusdesk.domain.people.Permission;

/**
 * The screens that show what the session's role cannot do, each with the capabilities its actions need (decision
 * 0034, "Every screen"): a screen disables the actions of a capability its role lacks and says why in one line
 * under its toolbar, made of these capabilities' sentences in this order.
 */
public enum GatedScreen {
    CONTRIBUTIONS("contributions", Permission.CHANGE_MONEY, Permission.CANCEL_PLEDGE,
            Permission.DELETE_EARLIER_PAYMENT),
    DONORS("donors", Permission.CHANGE_DONORS),
    PROJECTS("projects", Permission.CHANGE_PROJECTS, Permission.CHANGE_SPENDING),
    RATES("rates", Permission.ENTER_RATES),
    MEETINGS("meetings", Permission.CHANGE_MEETINGS),
    CONFERENCES("conferences", Permission.CHANGE_CONFERENCES, Permission.BOOK_ACTUAL_COST),
    COUNTRIES("countries", Permission.CHANGE_COUNTRIES),
    DATA_CHECK("check", Permission.REPAIR_TOTALS),
    PEOPLE("people", Permission.MANAGE_PEOPLE);

    private final String id;
    private final List<Permission> permissions;

    GatedScreen(String id, Permission... permissions) {
        this.id = id;
        this.permissions = List.of(permissions);
    }

    public List<Permission> permissions() {
        return permissions;
    }

    /** The id of the line of reasons, {@code meetings-role-notice}, for tests and styles. */
    public String noticeId() {
        return id + "-role-notice";
    }
}
