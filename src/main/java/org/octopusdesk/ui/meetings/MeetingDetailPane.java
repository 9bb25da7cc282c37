package org.octopusdesk.ui.meetings;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.AuditEntriesPane;

/**
 * The meeting's page: its title in the person's language, its facts, what is uncertain, its agenda with the
 * decisions, and its history.
 */
final class MeetingDetailPane {

    private final Messages messages;
    private final VBox detail = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(detail);
    private final VBox history = new VBox();
    private final javafx.collections.ObservableList<AuditEntry> entries;
    private final java.util.List<Node> sections;

    /** @param sections the parts of the page under the meeting's facts: its agenda, its follow-up actions */
    MeetingDetailPane(Messages messages, MeetingListViewModel list, java.util.List<Node> sections) {
        this.messages = messages;
        this.sections = java.util.List.copyOf(sections);
        this.entries = list.history();
        detail.setPadding(new Insets(16));
        detail.setId("meeting-detail");
        scroll.setFitToWidth(true);
        scroll.setId("meeting-page");
        entries.addListener((ListChangeListener<AuditEntry>) change ->
                history.getChildren().setAll(AuditEntriesPane.of(entries, messages)));
    }

    Node node() {
        return scroll;
    }

    void show(Meeting meeting) {
        if (meeting == null) {
            Label none = new Label(messages.text("meeting.detail.none"));
            none.getStyleClass().add("text-muted");
            none.setWrapText(true);
            detail.getChildren().setAll(none);
            return;
        }
        Label title = new Label(meeting.title(messages.locale()));
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setId("meeting-detail-title");
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        facts.addRow(0, muted("meeting.shortTitle"), new Label(meeting.shortTitle()));
        facts.addRow(1, muted("meeting.series"), new Label(meeting.series().name(messages.locale())));
        facts.addRow(2, muted("meeting.dates"), new Label(MeetingsView.dates(meeting, messages)));
        facts.addRow(3, muted("meeting.format"), new Label(messages.text(meeting.format().messageKey())));
        Label venue = new Label(meeting.venue().isEmpty() ? "—" : meeting.venue());
        venue.setWrapText(true);
        facts.addRow(4, muted("meeting.venue"), venue);
        detail.getChildren().setAll(title, facts);
        if (!meeting.note().isEmpty()) {
            Label noteTitle = new Label(messages.text("meeting.note"));
            noteTitle.getStyleClass().add("title-4");
            Label note = new Label(meeting.note());
            note.setId("meeting-detail-note");
            note.setWrapText(true);
            detail.getChildren().addAll(noteTitle, note);
        }
        detail.getChildren().addAll(sections);
        Label historyTitle = new Label(messages.text("audit.title"));
        historyTitle.getStyleClass().add("title-4");
        history.getChildren().setAll(AuditEntriesPane.of(entries, messages));
        detail.getChildren().addAll(historyTitle, history);
    }

    private Label muted(String key) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
