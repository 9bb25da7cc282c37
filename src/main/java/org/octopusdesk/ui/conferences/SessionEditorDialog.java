package org.octopusdesk.ui.conferences;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionKind;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a programme session; it closes only once the session is saved. */
final class SessionEditorDialog extends Dialog<Session> {

    private final SessionEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    SessionEditorDialog(SessionEditorViewModel viewModel, List<LocalDate> days, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "session.editor.newTitle" : "session.editor.editTitle"));
        form.node().setPrefWidth(620);
        ComboBox<LocalDate> day = new ListOnOpenComboBox<>();
        day.setId("session-day");
        day.getItems().setAll(days);
        day.setConverter(Choices.shownAs(messages::date, ""));
        day.valueProperty().bindBidirectional(viewModel.dayProperty());
        addRow("session.day", day, SessionDraft.DAY);
        TextField start = text("session-start", viewModel.startProperty(), "session.time.prompt");
        start.setPrefColumnCount(6);
        addRow("session.start", start, SessionDraft.START);
        TextField end = text("session-end", viewModel.endProperty(), "session.time.prompt");
        end.setPrefColumnCount(6);
        addRow("session.end", end, SessionDraft.END);
        addRow("session.room", text("session-room", viewModel.roomProperty(), "session.room.prompt"),
                SessionDraft.ROOM);
        addRow("session.title", text("session-title", viewModel.titleProperty(), null), SessionDraft.TITLE);
        ComboBox<SessionKind> kind = new ListOnOpenComboBox<>();
        kind.setId("session-kind");
        kind.getItems().setAll(SessionKind.values());
        kind.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        addRow("session.kind", kind, SessionDraft.KIND);
        addRow("session.moderators", people("session-moderators", viewModel.moderatorsProperty(), 2), null);
        addRow("session.speakers", people("session-speakers", viewModel.speakersProperty(), 4), SessionDraft.PEOPLE);
        Label hint = new Label(messages.text("session.people.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        form.addBelow(hint);
        Label purpose = new Label(messages.text("session.people.purpose"));
        purpose.setId("session-people-purpose");
        purpose.getStyleClass().add("text-muted");
        purpose.setWrapText(true);
        form.addBelow(purpose);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("session-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "session-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private TextField text(String id, StringProperty value, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            field.setPromptText(messages.text(promptKey));
        }
        return field;
    }

    private TextArea people(String id, StringProperty value, int rows) {
        TextArea area = TextAreas.tabMovesFocus(new TextArea());
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setPromptText(messages.text("session.people.prompt"));
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, errorField == null ? null : viewModel.fieldErrors().of(errorField));
    }
}
