package org.octopusdesk.ui.meetings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDocumentId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.MeetingDocumentService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** The documents of the meeting shown: listed by symbol, deleted after a question, opened in the system's viewer. */
public final class DocumentsViewModel {

    private final MeetingDocumentService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Consumer<Path> viewer;
    private final ObjectProperty<Meeting> meeting = new SimpleObjectProperty<>();
    private final ObservableList<MeetingDocument> documents = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingDocument> selected = new SimpleObjectProperty<>();

    /** @param viewer opens a file in the program the system has for it (the window's port to the desktop) */
    public DocumentsViewModel(MeetingDocumentService service, BackgroundRunner runner, DialogService dialogs,
            ErrorReporter errors, Messages messages, Consumer<Path> viewer) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.viewer = viewer;
        meeting.addListener((observable, old, shown) -> reload(Optional.empty()));
    }

    /** Reads the documents again and selects {@code select} when it is still there. */
    public void reload(Optional<MeetingDocumentId> select) {
        Meeting shown = meeting.get();
        if (shown == null) {
            documents.clear();
            return;
        }
        runner.run(() -> service.documents(shown.id()), loaded -> {
            if (shown.equals(meeting.get())) {
                documents.setAll(loaded);
                selected.set(select.flatMap(id -> loaded.stream().filter(one -> one.id().equals(id)).findFirst())
                        .orElse(null));
            }
        }, errors::report);
    }

    /** Opens the selected document's copy; a document without one, or whose copy is gone, is said so. */
    public void openSelected() {
        MeetingDocument document = selected.get();
        if (document != null) {
            runner.run(() -> service.file(document.id()), viewer, errors::report);
        }
    }

    /** Asks, then deletes the selected document and its copy in the data folder. */
    public void deleteSelected() {
        MeetingDocument document = selected.get();
        if (document != null && dialogs.confirm(messages.text("document.delete.title"),
                messages.text("document.delete.question", document.symbol().text(),
                        document.title(messages.locale())), messages.text("action.delete"))) {
            runner.run(() -> {
                service.delete(document.id());
                return document;
            }, done -> reload(Optional.empty()), failure -> {
                errors.report(failure);
                reload(Optional.empty());
            });
        }
    }

    public MeetingDocumentService service() {
        return service;
    }

    public ObjectProperty<Meeting> meetingProperty() {
        return meeting;
    }

    public ObservableList<MeetingDocument> documents() {
        return documents;
    }

    public ObjectProperty<MeetingDocument> selectedProperty() {
        return selected;
    }
}
