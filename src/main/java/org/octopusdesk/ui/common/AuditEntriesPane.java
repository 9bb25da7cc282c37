package org.octopusdesk.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.i18n.AuditText;
import org.octopusdesk.i18n.Messages;

/** Audit entries as a person reads them: when, who, what, and the values before and after. Read only. */
public final class AuditEntriesPane {

    private AuditEntriesPane() {
    }

    public static Node of(List<AuditEntry> entries, Messages messages) {
        VBox list = new VBox(10);
        list.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        list.getStyleClass().add("audit-entries");
        if (entries.isEmpty()) {
            Label none = new Label(messages.text("audit.none"));
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
        for (AuditEntry entry : entries) {
            Label heading = new Label(messages.text("audit.heading", messages.dateTime(entry.recordedAt()),
                    entry.actor(), messages.text(entry.action().messageKey())));
            heading.getStyleClass().add("text-bold");
            VBox item = new VBox(2, heading);
            if (!entry.oldValues().isEmpty()) {
                item.getChildren().add(values(messages.text("audit.before"),
                        AuditText.readable(entry.oldValues(), messages)));
            }
            if (!entry.newValues().isEmpty()) {
                item.getChildren().add(values(messages.text(entry.oldValues().isEmpty() ? "audit.values"
                        : "audit.after"), AuditText.readable(entry.newValues(), messages)));
            }
            list.getChildren().add(item);
        }
        return list;
    }

    private static Label values(String caption, String text) {
        Label label = new Label(caption + "\n" + text);
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
