package org.octopusdesk.ui.contributions;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.SaveCancel;
import org.octopusdesk.ui.common.TextAreas;

/** The form of a pledge with its earmarks; it closes only once the pledge is saved. */
final class ContributionEditorDialog extends Dialog<Contribution> {

    private final ContributionEditorViewModel viewModel;
    private final Messages messages;
    private final FormGrid form = new FormGrid();
    private final GridPane earmarks = new GridPane();

    ContributionEditorDialog(ContributionEditorViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text(viewModel.isNew() ? "contribution.editor.newTitle" : "contribution.editor.editTitle"));
        setResizable(true);
        buildForm();
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(880);
        scroll.setPrefViewportHeight(540);
        // The theme caps dialogs at 600 px; the earmark lines need the room of four fields side by side.
        getDialogPane().setStyle("-fx-max-width: 940px;");
        getDialogPane().setPrefWidth(920);
        getDialogPane().setContent(scroll);
        getDialogPane().setId("contribution-editor");
        SaveCancel.install(this, messages, messages.text("action.save"), "contribution-save",
                viewModel.savingProperty(), viewModel::save);
    }

    private void buildForm() {
        ComboBox<Donor> donor = Choices.searchable("contribution-donor", viewModel.donorChoices(), Donor::name);
        donor.valueProperty().bindBidirectional(viewModel.donorProperty());
        addRow("contribution.donor", donor, ContributionDraft.DONOR);

        TextField reference = new TextField();
        reference.setId("contribution-reference");
        reference.setPromptText(messages.text("contribution.reference.prompt"));
        reference.textProperty().bindBidirectional(viewModel.referenceProperty());
        addRow("contribution.reference", reference, ContributionDraft.REFERENCE);

        DatePicker date = DateFields.create(messages, viewModel.fieldErrors(), ContributionDraft.AGREEMENT_DATE);
        date.setId("contribution-date");
        date.valueProperty().bindBidirectional(viewModel.agreementDateProperty());
        addRow("contribution.agreementDate", date, ContributionDraft.AGREEMENT_DATE);

        TextField amount = new TextField();
        amount.setId("contribution-amount");
        amount.setPromptText(messages.text("contribution.amount.prompt"));
        amount.textProperty().bindBidirectional(viewModel.amountProperty());
        ComboBox<String> currency = new ListOnOpenComboBox<>(viewModel.currencyChoices());
        currency.setId("contribution-currency");
        currency.setEditable(true);
        currency.setPrefWidth(110);
        currency.valueProperty().bindBidirectional(viewModel.currencyProperty());
        currency.getEditor().textProperty().addListener((observable, old, text) -> viewModel.currencyProperty()
                .set(text));
        HBox.setHgrow(amount, Priority.ALWAYS);
        HBox money = new HBox(8, amount, currency);
        // One message line under the amount and its currency, whichever of the two is at fault.
        var amountError = viewModel.fieldErrors().of(ContributionDraft.AMOUNT);
        var currencyError = viewModel.fieldErrors().of(ContributionDraft.CURRENCY);
        javafx.beans.property.StringProperty moneyError = new javafx.beans.property.SimpleStringProperty();
        moneyError.bind(Bindings.createStringBinding(() -> String.join("\n", java.util.stream.Stream.of(
                amountError.get(), currencyError.get()).filter(text -> !text.isEmpty()).toList()),
                amountError, currencyError));
        form.add(messages.text("contribution.amount"), money, moneyError);
        Forms.checkWhenLeft(money, () -> viewModel.fieldErrors().check(ContributionDraft.AMOUNT,
                ContributionDraft.CURRENCY));

        TextField intermediary = new TextField();
        intermediary.setId("contribution-intermediary");
        intermediary.setPromptText(messages.text("contribution.intermediary.prompt"));
        intermediary.textProperty().bindBidirectional(viewModel.intermediaryProperty());
        addRow("contribution.intermediary", intermediary, ContributionDraft.INTERMEDIARY);

        TextArea notes = TextAreas.tabMovesFocus(new TextArea());
        notes.setId("contribution-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        addRow("contribution.notes", notes, ContributionDraft.NOTES);

        addRow("contribution.allocations", earmarksEditor(), ContributionDraft.ALLOCATIONS);
    }

    private Node earmarksEditor() {
        earmarks.setHgap(6);
        earmarks.setVgap(6);
        // The project takes the room: its name is what tells two earmarks apart; the basis is as wide as its words.
        ColumnConstraints project = new ColumnConstraints(180, 320, Double.MAX_VALUE);
        project.setHgrow(Priority.ALWAYS);
        ColumnConstraints basis = new ColumnConstraints();
        basis.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints(80);
        // Wide enough for its prompt in French, "Note (facultative)", which 140 pixels cut.
        ColumnConstraints note = new ColumnConstraints(160, 160, Double.MAX_VALUE);
        note.setHgrow(Priority.SOMETIMES);
        earmarks.getColumnConstraints().setAll(project, basis, value, note, new ColumnConstraints());
        // Lines are drawn again only when one comes or goes: an edit inside a line must keep its field and focus.
        viewModel.allocations().addListener((ListChangeListener<AllocationRow>) change -> {
            boolean linesChanged = false;
            while (change.next()) {
                linesChanged |= change.wasAdded() || change.wasRemoved() || change.wasPermutated();
            }
            if (linesChanged) {
                fillEarmarks();
            }
        });
        fillEarmarks();
        Button add = new Button(messages.text("allocation.add"), Icons.icon(Icons.NEW));
        add.setId("allocation-add");
        add.setOnAction(event -> viewModel.addAllocation());
        Label hint = new Label(messages.text("allocation.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setPrefWidth(1);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(10, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, earmarks, actions, hint);
        box.setPadding(new Insets(0));
        return box;
    }

    private void fillEarmarks() {
        earmarks.getChildren().clear();
        if (viewModel.allocations().isEmpty()) {
            Label none = new Label(messages.text("allocation.none"));
            none.getStyleClass().add("text-muted");
            earmarks.add(none, 0, 0, 5, 1);
            return;
        }
        int row = 0;
        for (AllocationRow allocation : viewModel.allocations()) {
            earmarks.addRow(row, earmark(allocation, row).toArray(Node[]::new));
            row++;
        }
    }

    private java.util.List<Node> earmark(AllocationRow allocation, int index) {
        ComboBox<EarmarkTarget> project = Choices.searchable("allocation-project-" + index,
                viewModel.targetChoices(), EarmarkTarget::label);
        project.setPromptText(messages.text("allocation.project.prompt"));
        // One list names a project or one of its editions under it; the line keeps the two apart.
        project.setValue(viewModel.targetChoices().stream().filter(target -> target.project()
                .equals(allocation.projectProperty().get()) && java.util.Objects.equals(target.edition(),
                        allocation.editionProperty().get())).findFirst().orElse(null));
        project.valueProperty().addListener((observable, old, target) -> {
            allocation.projectProperty().set(target == null ? null : target.project());
            allocation.editionProperty().set(target == null ? null : target.edition());
        });
        // A narrow form may cut the project's name: its tooltip gives it whole.
        Tooltip projectName = new Tooltip();
        projectName.textProperty().bind(Bindings.createStringBinding(() -> project.getConverter()
                .toString(project.getValue()), project.valueProperty()));
        project.tooltipProperty().bind(Bindings.when(project.valueProperty().isNull()).then((Tooltip) null)
                .otherwise(projectName));
        ComboBox<AllocationBasis> basis = new ListOnOpenComboBox<>();
        basis.setId("allocation-basis-" + index);
        basis.getItems().setAll(AllocationBasis.values());
        basis.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        basis.valueProperty().bindBidirectional(allocation.basisProperty());
        basis.setMaxWidth(Double.MAX_VALUE);
        TextField value = new TextField();
        value.setId("allocation-value-" + index);
        value.textProperty().bindBidirectional(allocation.valueProperty());
        value.disableProperty().bind(Bindings.equal(allocation.basisProperty(), AllocationBasis.UNDISCLOSED));
        TextField note = new TextField();
        note.setId("allocation-note-" + index);
        note.setPromptText(messages.text("allocation.note.prompt"));
        note.textProperty().bindBidirectional(allocation.noteProperty());
        Button remove = new Button(null, Icons.icon(Icons.REMOVE));
        remove.setId("allocation-remove-" + index);
        HoverTooltips.explain(remove, messages.text("allocation.remove"));
        remove.setOnAction(event -> viewModel.removeAllocation(allocation));
        return java.util.List.of(project, basis, value, note, remove);
    }

    private void addRow(String labelKey, Node field, String errorField) {
        form.add(messages.text(labelKey), field, viewModel.fieldErrors().of(errorField));
    }
}
