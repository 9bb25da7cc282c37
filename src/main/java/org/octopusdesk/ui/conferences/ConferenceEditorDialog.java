package org.octopusdesk.ui.conferences;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a conference edition; it closes only once the edition is saved. */
final class ConferenceEditorDialog extends Dialog<Conference> {

    private final ConferenceEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    ConferenceEditorDialog(ConferenceEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "conference.editor.newTitle" : "conference.editor.editTitle"));
        form.node().setPrefWidth(600);
        TextField year = text("conference-year", viewModel.yearProperty());
        year.setPrefColumnCount(6);
        addRow("conference.year", year, ConferenceDraft.YEAR);
        addRow("conference.title", text("conference-title", viewModel.titleProperty()), ConferenceDraft.TITLE);
        DatePicker start = DateFields.create(messages, viewModel.fieldErrors(), ConferenceDraft.START);
        start.setId("conference-start");
        start.valueProperty().bindBidirectional(viewModel.startProperty());
        addRow("conference.start", start, ConferenceDraft.START);
        DatePicker end = DateFields.create(messages, viewModel.fieldErrors(), ConferenceDraft.END);
        end.setId("conference-end");
        end.valueProperty().bindBidirectional(viewModel.endProperty());
        addRow("conference.end", end, ConferenceDraft.END);
        ComboBox<MeetingFormat> format = new ListOnOpenComboBox<>();
        format.setId("conference-format");
        format.getItems().setAll(MeetingFormat.values());
        format.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        addRow("conference.format", format, ConferenceDraft.FORMAT);
        TextField venue = text("conference-venue", viewModel.venueProperty());
        venue.setPromptText(messages.text("conference.venue.prompt"));
        addRow("conference.venue", venue, ConferenceDraft.VENUE);
        TextField city = text("conference-city", viewModel.cityProperty());
        city.setPromptText(messages.text("conference.city.prompt"));
        addRow("conference.city", city, ConferenceDraft.CITY);
        ComboBox<Project> project = Choices.filter("conference-project", viewModel.projects(), Project::name,
                messages.text("conference.project.none"));
        project.valueProperty().bindBidirectional(viewModel.projectProperty());
        addRow("conference.project", project, ConferenceDraft.PROJECT);
        ComboBox<ConferenceStatus> status = new ListOnOpenComboBox<>();
        status.setId("conference-status");
        status.getItems().setAll(ConferenceStatus.values());
        status.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        addRow("conference.status", status, ConferenceDraft.STATUS);
        TextArea note = TextAreas.tabMovesFocus(new TextArea());
        note.setId("conference-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(messages.text("conference.note.prompt"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        addRow("conference.note", note, ConferenceDraft.NOTE);
        TextField retention = text("conference-retention", viewModel.retentionMonthsProperty());
        retention.setPrefColumnCount(4);
        retention.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        retention.setTooltip(new javafx.scene.control.Tooltip(messages.text("conference.retention.help")));
        addRow("conference.retention", retention, ConferenceDraft.RETENTION);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("conference-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "conference-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}
