package org.octopusdesk.ui.common;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.SessionRoles;
import org.octopusdesk.i18n.Messages;

/**
 * What the session's role may do, for screens that show the rest disabled with the reason (decision 0034). Read
 * from the roles found once at opening; on the embedded database everything is allowed. The server refuses the same
 * things whatever the window shows: this only spares the person a refusal.
 */
public final class RoleGate {

    private final SessionRoles session;
    private final Messages messages;

    public RoleGate(SessionRoles session, Messages messages) {
        this.session = session;
        this.messages = messages;
    }

    public boolean allows(Permission permission) {
        return session.may(permission);
    }

    /** "Your role, assistant, cannot cancel pledges: …", or empty when the role may. */
    public Optional<String> reason(Permission permission) {
        return session.refusal(permission).map(refusal -> refusal.role()
                .map(role -> messages.text(permission.refusalKey(), role))
                .orElseGet(() -> messages.text("role.none", refusal.login())));
    }

    /** Whether the role may delete a payment of {@code valueDate}: one of today always, an earlier one not always. */
    public boolean allowsPaymentRemoval(LocalDate valueDate, LocalDate today) {
        return !valueDate.isBefore(today) || allows(Permission.DELETE_EARLIER_PAYMENT);
    }

    /** The line of reasons of a screen: what its role may not do there, one sentence each; empty if none. */
    public String notice(GatedScreen screen) {
        return notice(screen.permissions().toArray(Permission[]::new));
    }

    /** The reasons for what the role may not do among {@code permissions}, one sentence each; empty if none. */
    public String notice(Permission... permissions) {
        return Arrays.stream(permissions).map(this::reason).flatMap(Optional::stream).filter(Objects::nonNull)
                .distinct().collect(Collectors.joining(" "));
    }
}
