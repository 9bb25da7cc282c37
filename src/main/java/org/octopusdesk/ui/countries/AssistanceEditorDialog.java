package org.octopusdesk.ui.countries;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import org.octopusdesk.domain.country.AssistanceActivity;
import org.octopusdesk.domain.country.AssistanceDraft;
import org.octopusdesk.domain.country.AssistanceKind;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form that logs an assistance activity; it closes only once the activity is saved. */
final class AssistanceEditorDialog extends Dialog<AssistanceActivity> {

    private final AssistanceEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    AssistanceEditorDialog(AssistanceEditorViewModel viewModel, List<Country> countries, List<Project> projects,
            Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text("assistance.dialog.title"));
        form.node().setPrefWidth(600);

        SearchableComboBox<Country> country = Choices.searchable("assistance-country",
                FXCollections.observableArrayList(sortedByName(countries)),
                value -> value.name(messages.locale()) + " (" + value.code() + ")");
        country.valueProperty().bindBidirectional(viewModel.countryProperty());
        addRow("assistance.country", country, AssistanceDraft.COUNTRY);
        DatePicker start = DateFields.create(messages, viewModel.fieldErrors(), AssistanceDraft.START);
        start.setId("assistance-start");
        start.valueProperty().bindBidirectional(viewModel.startProperty());
        addRow("assistance.start", start, AssistanceDraft.START);
        DatePicker end = DateFields.create(messages, viewModel.fieldErrors(), AssistanceDraft.END);
        end.setId("assistance-end");
        end.valueProperty().bindBidirectional(viewModel.endProperty());
        addRow("assistance.end", end, AssistanceDraft.END);
        ComboBox<AssistanceKind> kind = ListOnOpenComboBox.of(AssistanceKind.values());
        kind.setId("assistance-kind");
        kind.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        addRow("assistance.kind", kind, AssistanceDraft.KIND);
        List<Project> choices = new java.util.ArrayList<>(java.util.Collections.singletonList(null));
        choices.addAll(projects);
        ComboBox<Project> project = new ListOnOpenComboBox<>(FXCollections.observableArrayList(choices));
        project.setId("assistance-project");
        project.setConverter(Choices.shownAs(value -> value.code() + " – " + value.name(), "–"));
        project.valueProperty().bindBidirectional(viewModel.projectProperty());
        project.setMaxWidth(Double.MAX_VALUE);
        form.add(messages.text("assistance.project"), project, null);
        TextArea description = text("assistance-description", viewModel.descriptionProperty());
        addRow("assistance.description", description, AssistanceDraft.DESCRIPTION);
        TextArea outcome = text("assistance-outcome", viewModel.outcomeProperty());
        addRow("assistance.outcome", outcome, AssistanceDraft.OUTCOME);
        getDialogPane().setContent(form.node());
        getDialogPane().setId("assistance-editor");

        SaveCancel.install(this, messages, messages.text("action.save"), "assistance-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private List<Country> sortedByName(List<Country> countries) {
        java.text.Collator collator = java.text.Collator.getInstance(messages.locale());
        return countries.stream().sorted(java.util.Comparator.comparing(
                (Country value) -> value.name(messages.locale()), collator)).toList();
    }

    private static TextArea text(String id, javafx.beans.property.StringProperty value) {
        TextArea area = TextAreas.tabMovesFocus(new TextArea());
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}
