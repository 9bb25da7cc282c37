package org.octopusdesk.ui.meetings;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.domain.meeting.MeetingSeriesDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.SaveCancel;

/** The form of a new meeting series: its names make the titles of its meetings. */
final class SeriesEditorDialog extends Dialog<MeetingSeries> {

    SeriesEditorDialog(SeriesEditorViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.text("meeting.series.editor.title"));
        FormGrid form = new FormGrid();
        form.node().setPrefWidth(560);
        form.add(messages.text("meeting.series.nameEn"), field("series-name-en", viewModel.nameEnProperty()),
                viewModel.fieldErrors().of(MeetingSeriesDraft.NAME_EN));
        form.add(messages.text("meeting.series.nameFr"), field("series-name-fr", viewModel.nameFrProperty()),
                viewModel.fieldErrors().of(MeetingSeriesDraft.NAME_FR));
        CheckBox feminine = new CheckBox(messages.text("meeting.series.feminineFr"));
        feminine.setId("series-feminine");
        feminine.selectedProperty().bindBidirectional(viewModel.feminineFrProperty());
        form.addBelow(feminine);
        form.add(messages.text("meeting.series.shortName"), field("series-short", viewModel.shortNameProperty()),
                viewModel.fieldErrors().of(MeetingSeriesDraft.SHORT_NAME));
        getDialogPane().setContent(form.node());
        getDialogPane().setId("series-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "series-save", viewModel.savingProperty(),
                viewModel::save);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
