package org.octopusdesk.ui.meetings;

import static org.octopusdesk.ui.meetings.PageControls.iconButton;
import static org.octopusdesk.ui.meetings.PageControls.linkSelection;
import static org.octopusdesk.ui.meetings.PageControls.textButton;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.Icons;

/** The meeting's documents on its page: symbol, kind, title and date, with the file opened in the system viewer. */
final class DocumentsPane {

    private static final String OPEN_ICON = "mdi2o-open-in-new";

    private final DocumentsViewModel documents;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;
    private final VBox root = new VBox(6);
    private final org.octopusdesk.ui.common.RoleControls roles;

    DocumentsPane(DocumentsViewModel documents, BackgroundRunner runner, ErrorReporter errors, Messages messages,
            Window owner, org.octopusdesk.ui.common.RoleControls roles) {
        this.documents = documents;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        this.roles = roles;
        root.setId("documents-pane");
        Label heading = new Label(messages.text("document.heading"));
        heading.getStyleClass().add("title-4");
        root.getChildren().setAll(heading, buttons(), list());
    }

    Node node() {
        return root;
    }

    private ListView<MeetingDocument> list() {
        ListView<MeetingDocument> list = new ListView<>(documents.documents());
        list.setId("documents-list");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label(messages.text("document.empty")));
        list.setCellFactory(ignored -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingDocument document, boolean empty) {
                super.updateItem(document, empty);
                setText(empty || document == null ? null : line(document));
            }
        });
        linkSelection(list, documents.selectedProperty());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                documents.openSelected();
            }
        });
        return list;
    }

    /** "T-CY(2020)33 · Meeting report · 30/11/2020 · file", the title below. */
    private String line(MeetingDocument document) {
        StringBuilder text = new StringBuilder(document.symbol().text()).append(" · ")
                .append(messages.text(document.kind().messageKey()));
        if (document.date() != null) {
            text.append(" · ").append(messages.date(document.date()));
        }
        if (document.hasFile()) {
            text.append(" · ").append(messages.text("document.hasFile"));
        }
        return text.append('\n').append(document.title(messages.locale())).toString();
    }

    private Node buttons() {
        Button add = textButton(messages, "document-add", "document.add", Icons.NEW, () -> edit(true));
        add.disableProperty().bind(documents.meetingProperty().isNull());
        Button open = textButton(messages, "document-open", "document.open", OPEN_ICON, documents::openSelected);
        open.disableProperty().bind(documents.selectedProperty().isNull());
        Button edit = iconButton(messages, "document-edit", "document.edit", Icons.EDIT, () -> edit(false));
        Button delete = iconButton(messages, "document-delete", "document.delete", Icons.DELETE,
                documents::deleteSelected);
        edit.disableProperty().bind(documents.selectedProperty().isNull());
        delete.disableProperty().bind(documents.selectedProperty().isNull());
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS, add, edit, delete);
        HBox bar = new FittingBar(6, add, open, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void edit(boolean isNew) {
        if (roles.refused(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS)) {
            return;
        }
        MeetingDocument document = isNew ? null : documents.selectedProperty().get();
        if (documents.meetingProperty().get() == null || (!isNew && document == null)) {
            return;
        }
        DocumentEditorViewModel editor = new DocumentEditorViewModel(documents.service(), runner, errors, messages,
                documents.meetingProperty().get(), document);
        new DocumentDialog(editor, messages, owner).showAndWait()
                .ifPresent(saved -> documents.reload(Optional.of(saved.id())));
    }
}
