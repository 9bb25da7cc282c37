package org.octopusdesk.ui.conferences;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.AuditEntriesPane;

/** The edition's facts, what is uncertain about them and where they come from, and its history. */
final class ConferenceDetailPane {

    private final Messages messages;
    private final VBox detail = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(detail);
    private final VBox history = new VBox();
    private final ObservableList<AuditEntry> entries;

    ConferenceDetailPane(Messages messages, ObservableList<AuditEntry> entries) {
        this.messages = messages;
        this.entries = entries;
        detail.setPadding(new Insets(16));
        detail.setId("conference-detail");
        scroll.setFitToWidth(true);
        entries.addListener((ListChangeListener<AuditEntry>) change ->
                history.getChildren().setAll(AuditEntriesPane.of(entries, messages)));
    }

    Node node() {
        return scroll;
    }

    void show(Conference conference) {
        if (conference == null) {
            Label none = new Label(messages.text("conference.detail.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            detail.getChildren().setAll(none);
            return;
        }
        Label title = new Label(conference.title());
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setId("conference-detail-title");
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.addRow(0, muted("conference.year"), new Label(Integer.toString(conference.year())));
        facts.addRow(1, muted("conference.dates"), new Label(ConferencesView.dates(conference, messages)));
        facts.addRow(2, muted("conference.format"), new Label(messages.text(conference.format().messageKey())));
        facts.addRow(3, muted("conference.venue"), wrapped(orDash(conference.venue())));
        facts.addRow(4, muted("conference.city"), wrapped(orDash(conference.city())));
        facts.addRow(5, muted("conference.project"), wrapped(orDash(conference.projectName())));
        facts.addRow(6, muted("conference.status"), new Label(messages.text(conference.status().messageKey())));
        facts.addRow(7, muted("conference.retention.short"), wrapped(conference.purgeFrom()
                .map(from -> messages.text("conference.retention.until", conference.retentionMonths(),
                        messages.date(from)))
                .orElse(messages.text("conference.retention.noDates", conference.retentionMonths()))));
        detail.getChildren().setAll(title, facts);
        if (!conference.note().isEmpty()) {
            Label noteTitle = new Label(messages.text("conference.note"));
            noteTitle.getStyleClass().add("title-4");
            Label note = wrapped(conference.note());
            note.setId("conference-detail-note");
            detail.getChildren().addAll(noteTitle, note);
        }
        Label historyTitle = new Label(messages.text("audit.title"));
        historyTitle.getStyleClass().add("title-4");
        history.getChildren().setAll(AuditEntriesPane.of(entries, messages));
        detail.getChildren().addAll(historyTitle, history);
    }

    private static String orDash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private Label muted(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
