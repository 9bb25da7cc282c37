package org.octopusdesk.domain.people;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a session may be refused because of its role, as the window shows it (disabled, with the reason). The
 * server holds the same rules in its grants and triggers (V25); this is their mirror for the person, not the
 * guard.
 */
public enum Permission {
    MANAGE_PEOPLE("managePeople", EnumSet.of(Role.ADMINISTRATOR)),
    CHANGE_MONEY("changeMoney", EnumSet.of(Role.PROGRAMME_MANAGER, Role.ASSISTANT)),
    CANCEL_PLEDGE("cancelPledge", EnumSet.of(Role.PROGRAMME_MANAGER)),
    DELETE_EARLIER_PAYMENT("deleteEarlierPayment", EnumSet.of(Role.PROGRAMME_MANAGER)),
    CHANGE_MEETINGS("changeMeetings", EnumSet.of(Role.PROGRAMME_MANAGER, Role.STAFF)),
    CHANGE_PROJECTS("changeProjects", EnumSet.of(Role.PROGRAMME_MANAGER)),
    REPAIR_TOTALS("repairTotals", EnumSet.of(Role.PROGRAMME_MANAGER));

    private final String key;
    private final Set<Role> roles;

    Permission(String key, Set<Role> roles) {
        this.key = key;
        this.roles = roles;
    }

    /** The roles that have it. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The key of the sentence saying that a role cannot do it, "Your role, {0}, cannot ...". */
    public String refusalKey() {
        return "role.cannot." + key;
    }
}
