package org.octopusdesk.ui.projects;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of one project; it closes only once the project is saved, keeping every typed value otherwise. */
final class ProjectEditorDialog extends Dialog<Project> {

    private final ProjectEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();

    ProjectEditorDialog(ProjectEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "project.editor.newTitle" : "project.editor.editTitle"));
        setResizable(true);
        buildForm();
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(660);
        scroll.setPrefViewportWidth(620);
        getDialogPane().setContent(scroll);
        getDialogPane().setId("project-editor");

        Button saveButton = SaveCancel.install(this, messages, messages.text("action.save"), "project-editor-save",
                viewModel.savingProperty(), viewModel::save);
        HoverTooltips.explain(saveButton, messages.text("action.save.tooltip") + " (Ctrl+S)");
        setOnShown(event -> getDialogPane().getScene().getAccelerators()
                .put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), saveButton::fire));
    }

    private void buildForm() {
        TextField code = text("project-code", viewModel.codeProperty());
        addRow("project.code", code, ProjectDraft.CODE);
        TextField name = text("project-name", viewModel.nameProperty());
        addRow("project.name", name, ProjectDraft.NAME);

        DatePicker start = DateFields.create(messages, viewModel.fieldErrors(), ProjectDraft.START);
        start.setId("project-start");
        start.valueProperty().bindBidirectional(viewModel.startProperty());
        addRow("project.start", start, ProjectDraft.START);

        DatePicker end = DateFields.create(messages, viewModel.fieldErrors(), ProjectDraft.END);
        end.setId("project-end");
        end.valueProperty().bindBidirectional(viewModel.endProperty());
        end.setDisable(!viewModel.isEndEditable());
        addRow(viewModel.isNew() ? "project.end" : "project.currentEnd", end, ProjectDraft.END);
        if (!viewModel.isEndEditable()) {
            addHint("project.editor.endAmendedHint");
        }

        ComboBox<ProjectStatus> status = new ListOnOpenComboBox<>();
        status.setId("project-status");
        status.getItems().setAll(ProjectStatus.values());
        status.setConverter(converter(value -> messages.text(value.messageKey())));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        addRow("project.status", status, ProjectDraft.STATUS);

        TextField budget = text("project-budget", viewModel.budgetProperty());
        budget.setPromptText(messages.text("project.budget.prompt"));
        addRow("project.budget", budget, ProjectDraft.BUDGET);

        ComboBox<ProjectChoice> predecessor = Choices.searchableFilter("project-predecessor",
                viewModel.predecessorChoices(), ProjectChoice::label, messages.text("project.predecessor.none"));
        predecessor.valueProperty().bindBidirectional(viewModel.predecessorProperty());
        addRow("project.predecessor", predecessor, ProjectDraft.PREDECESSOR);

        TextArea description = TextAreas.tabMovesFocus(new TextArea());
        description.setId("project-description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        addRow("project.description", description, ProjectDraft.DESCRIPTION);

        addRow("project.expectedResults", new ExpectedResultsEditor(viewModel.expectedResults(), messages).root(),
                ProjectDraft.EXPECTED_RESULTS);
    }

    private <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? messages.text("project.predecessor.none") : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }

    private void addHint(String key) {
        Label hint = new Label(messages.text(key));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        form.addBelow(hint);
    }
}
