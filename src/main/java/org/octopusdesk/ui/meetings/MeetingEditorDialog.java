package org.octopusdesk.ui.meetings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a meeting; it closes only once the meeting is saved. */
final class MeetingEditorDialog extends Dialog<Meeting> {

    private final MeetingEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    MeetingEditorDialog(MeetingEditorViewModel viewModel, List<MeetingSeries> series, Messages messages,
            Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "meeting.editor.newTitle" : "meeting.editor.editTitle"));
        form.node().setPrefWidth(580);

        ComboBox<MeetingSeries> seriesBox = new ListOnOpenComboBox<>();
        seriesBox.setId("meeting-series");
        seriesBox.getItems().setAll(series);
        seriesBox.setConverter(Choices.shownAs(one -> one.name(messages.locale()), ""));
        seriesBox.valueProperty().bindBidirectional(viewModel.seriesProperty());
        addRow("meeting.series", seriesBox, MeetingDraft.SERIES);
        TextField number = new TextField();
        number.setId("meeting-number");
        number.setPrefColumnCount(6);
        number.textProperty().bindBidirectional(viewModel.numberProperty());
        addRow("meeting.number", number, MeetingDraft.NUMBER);
        if (viewModel.isNew()) {
            Label hint = new Label(messages.text("meeting.number.proposed"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            form.addBelow(hint);
        }
        DatePicker start = DateFields.create(messages, viewModel.fieldErrors(), MeetingDraft.START);
        start.setId("meeting-start");
        start.valueProperty().bindBidirectional(viewModel.startProperty());
        addRow("meeting.start", start, MeetingDraft.START);
        DatePicker end = DateFields.create(messages, viewModel.fieldErrors(), MeetingDraft.END);
        end.setId("meeting-end");
        end.valueProperty().bindBidirectional(viewModel.endProperty());
        addRow("meeting.end", end, MeetingDraft.END);
        ComboBox<MeetingFormat> format = new ListOnOpenComboBox<>();
        format.setId("meeting-format");
        format.getItems().setAll(MeetingFormat.values());
        format.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        addRow("meeting.format", format, MeetingDraft.FORMAT);
        TextField venue = new TextField();
        venue.setId("meeting-venue");
        venue.setPromptText(messages.text("meeting.venue.prompt"));
        venue.textProperty().bindBidirectional(viewModel.venueProperty());
        addRow("meeting.venue", venue, MeetingDraft.VENUE);
        TextArea note = TextAreas.tabMovesFocus(new TextArea());
        note.setId("meeting-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(messages.text("meeting.note.prompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        addRow("meeting.note", note, MeetingDraft.NOTE);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("meeting-editor");

        SaveCancel.install(this, messages, messages.text("action.save"), "meeting-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}
