package org.octopusdesk.ui.conferences;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.ChecklistItemDraft;
import org.octopusdesk.domain.conference.LogisticsCategory;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.FormGrid;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.TableSelection;

/** The checklist template: its tasks above, the form of the selected one (or of a new one) below. */
final class ChecklistDialog extends Dialog<Void> {

    private final ChecklistViewModel viewModel;
    private final Messages messages;
    private final org.octopusdesk.ui.common.RoleControls roles;

    ChecklistDialog(ChecklistViewModel viewModel, Messages messages, Window owner,
            org.octopusdesk.ui.common.RoleControls roles) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.roles = roles;
        initOwner(owner);
        setTitle(messages.text("checklist.title"));
        setResizable(true);
        Label explanation = new Label(messages.text("checklist.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        TableView<ChecklistItem> table = table();
        VBox content = new VBox(8, explanation, table, form(), buttons());
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        // Wide enough for the French headings and categories ("Jours depuis le premier jour", "Interprétation").
        content.setPrefWidth(860);
        content.setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setContent(content);
        getDialogPane().setId("checklist-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("action.close"),
                ButtonType.CLOSE.getButtonData()));
    }

    private TableView<ChecklistItem> table() {
        TableView<ChecklistItem> table = new TableView<>(viewModel.items());
        table.setId("checklist-table");
        table.setPlaceholder(new Label(messages.text("checklist.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(230);
        table.getColumns().setAll(List.of(
                column("checklist.offsetDays", item -> messages.text("checklist.offsetLine", item.offsetDays()), 190,
                        true),
                column("logistics.title", viewModel::titleOf, 300, false),
                column("logistics.category", item -> messages.text(item.category().messageKey()), 200, false),
                column("logistics.owner", ChecklistItem::owner, 140, false)));
        TableSelection.link(table, viewModel.selectedProperty());
        return table;
    }

    private TableColumn<ChecklistItem, String> column(String key, Function<ChecklistItem, String> value,
            double width, boolean figure) {
        TableColumn<ChecklistItem, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(ignored -> figure ? Cells.figure(Function.identity()) : Cells.plain());
        return column;
    }

    private Node form() {
        FormGrid form = new FormGrid();
        TextField title = new TextField();
        title.setId("checklist-item-title");
        title.setPromptText(messages.text("logistics.title.prompt"));
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        form.add(messages.text("logistics.title"), title, viewModel.fieldErrors().of(ChecklistItemDraft.TITLE));
        ComboBox<LogisticsCategory> category = new ListOnOpenComboBox<>(
                FXCollections.observableArrayList(LogisticsCategory.values()));
        category.setId("checklist-item-category");
        category.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        form.add(messages.text("logistics.category"), category,
                viewModel.fieldErrors().of(ChecklistItemDraft.CATEGORY));
        TextField ownerField = new TextField();
        ownerField.setId("checklist-item-owner");
        ownerField.setPromptText(messages.text("logistics.owner.prompt"));
        ownerField.textProperty().bindBidirectional(viewModel.ownerProperty());
        form.add(messages.text("logistics.owner"), ownerField, viewModel.fieldErrors().of(ChecklistItemDraft.OWNER));
        Spinner<Integer> offset = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ChecklistItemDraft.EARLIEST, ChecklistItemDraft.LATEST, ChecklistViewModel.DEFAULT_OFFSET));
        offset.setId("checklist-item-offset");
        offset.setEditable(true);
        offset.getValueFactory().valueProperty().bindBidirectional(viewModel.offsetDaysProperty());
        form.add(messages.text("checklist.offsetDays"), offset,
                viewModel.fieldErrors().of(ChecklistItemDraft.OFFSET));
        return form.node();
    }

    private Node buttons() {
        Button add = new Button(messages.text("logistics.new"), Icons.icon(Icons.NEW));
        add.setId("checklist-new");
        add.setOnAction(event -> viewModel.startNew());
        Button save = new Button(messages.text("checklist.save"), Icons.icon(Icons.OK));
        save.setId("checklist-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());
        Button remove = new Button(messages.text("checklist.remove"), Icons.icon(Icons.DELETE));
        remove.setId("checklist-remove");
        remove.disableProperty().bind(viewModel.selectedProperty().isNull());
        remove.setOnAction(event -> viewModel.removeSelected());
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_CONFERENCES, add, save, remove);
        for (Button button : new Button[] {add, save, remove}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(6, add, save, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Shows the template, read afresh. */
    void open() {
        viewModel.reload(Optional.empty());
        showAndWait();
    }
}
