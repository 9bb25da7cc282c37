package org.octopusdesk.ui.common;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;

/**
 * Shows on a screen what the session's role cannot do (decision 0034): its actions disabled and the reasons in a
 * line under the toolbar, since a disabled button shows no tooltip. The menu items and keys that reach the same
 * actions ask {@link #refused} and say the reason instead of opening a form the server would refuse.
 */
public final class RoleControls {

    private final RoleGate gate;
    private final DialogService dialogs;
    private final Messages messages;

    public RoleControls(RoleGate gate, DialogService dialogs, Messages messages) {
        this.gate = gate;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public RoleGate gate() {
        return gate;
    }

    public boolean allows(Permission permission) {
        return gate.allows(permission);
    }

    /**
     * Disables the controls for good when the role lacks {@code permission}, whatever else enabled them: call it
     * once their other conditions are bound.
     */
    public void guard(Permission permission, Node... controls) {
        if (gate.allows(permission)) {
            return;
        }
        for (Node control : controls) {
            control.disableProperty().unbind();
            control.setDisable(true);
        }
    }

    /**
     * The text of an empty list: the invitation to create the first record when the role may, else only the fact,
     * so that nobody is sent to a button that is disabled for them.
     */
    public String emptyText(Permission permission, String invitationKey, String factKey) {
        return messages.text(gate.allows(permission) ? invitationKey : factKey);
    }

    /** Says why when the role may not, and answers whether it may not; for menu items, keys and double-clicks. */
    public boolean refused(Permission permission) {
        Optional<String> reason = gate.reason(permission);
        reason.ifPresent(why -> dialogs.showInformation(messages.text("error.title"), why));
        return reason.isPresent();
    }

    /** {@code action}, which first says the reason and does nothing when the role lacks {@code permission}. */
    public Runnable gated(Permission permission, Runnable action) {
        return () -> {
            if (!refused(permission)) {
                action.run();
            }
        };
    }

    /** The screen's line of reasons, or nothing when its role may do everything there (always on H2). */
    public Optional<Node> notice(GatedScreen screen) {
        String notice = gate.notice(screen);
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        Label line = new Label(notice);
        line.setId(screen.noticeId());
        line.setWrapText(true);
        line.setMinHeight(Label.USE_PREF_SIZE);
        line.getStyleClass().add("text-muted");
        line.setPadding(new Insets(0, 10, 4, 10));
        return Optional.of(line);
    }

    /** {@code top} with the screen's line of reasons under it, when there is one. */
    public Node withNotice(Node top, GatedScreen screen) {
        return notice(screen).<Node>map(line -> new javafx.scene.layout.VBox(top, line)).orElse(top);
    }
}
