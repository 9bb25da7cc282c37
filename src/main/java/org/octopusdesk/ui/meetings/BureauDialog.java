package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.TableSelection;

/** The Bureau: its composition on a date (today at first) above every seat recorded, with New, Edit and Delete. */
final class BureauDialog extends Dialog<Void> {

    private final BureauViewModel viewModel;
    private final List<Country> countries;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final RoleControls roles;

    BureauDialog(BureauViewModel viewModel, List<Country> countries, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Window owner, RoleControls roles) {
        this.viewModel = viewModel;
        this.roles = roles;
        this.countries = countries;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(messages.text("bureau.title"));
        setResizable(true);
        DatePicker asOf = DateFields.create(messages);
        asOf.setId("bureau-as-of");
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        asOf.setPrefWidth(150);
        Label asOfCaption = new Label(messages.text("bureau.asOf"));
        asOfCaption.setLabelFor(asOf);
        HBox header = new HBox(8, asOfCaption, asOf);
        header.setAlignment(Pos.CENTER_LEFT);
        TableView<BureauMember> composition = table("bureau-composition", viewModel.composition(),
                "bureau.composition.none");
        TableView<BureauMember> history = table("bureau-history", viewModel.history(), "bureau.history.none");
        TableSelection.link(history, viewModel.selectedProperty());
        TableSelection.actions(history, () -> edit(false), () -> {
            if (!roles.refused(Permission.CHANGE_MEETINGS)) {
                viewModel.deleteSelected();
            }
        });
        Label why = new Label(messages.text("bureau.person.why"));
        why.getStyleClass().add("text-muted");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, header, heading("bureau.composition"), composition, heading("bureau.history"),
                buttons(), history, why);
        VBox.setVgrow(history, Priority.ALWAYS);
        composition.setMinHeight(130);
        composition.setPrefHeight(150);
        history.setMinHeight(160);
        // A table's own preferred height (400 px) made the French dialog 846 px tall: taller than a laptop's screen.
        history.setPrefHeight(240);
        content.setPadding(new Insets(4));
        // A dialog's content keeps its minimum: the tables need the width of five columns, like the register's.
        content.setMinSize(900, 560);
        // Its width set, so the explanation below wraps within it: left to its one-line width, it made the dialog
        // as wide as that line, centred on the window, and the shown dialog then started left of the screen.
        content.setPrefWidth(900);
        getDialogPane().setContent(content);
        getDialogPane().setId("bureau-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("action.close"),
                ButtonType.CLOSE.getButtonData()));
    }

    private Label heading(String key) {
        Label heading = new Label(messages.text(key));
        heading.getStyleClass().add("title-4");
        return heading;
    }

    private HBox buttons() {
        Button add = button("bureau-add", "bureau.add", Icons.NEW, () -> edit(true));
        Button edit = button("bureau-edit", "action.edit", Icons.EDIT, () -> edit(false));
        Button delete = button("bureau-delete", "action.delete", Icons.DELETE, viewModel::deleteSelected);
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        roles.guard(Permission.CHANGE_MEETINGS, add, edit, delete);
        HBox bar = new HBox(6, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    private TableView<BureauMember> table(String id, ObservableList<BureauMember> rows, String emptyKey) {
        TableView<BureauMember> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(messages.text(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("bureau.role", member -> messages.text(member.details().role().messageKey()), 110),
                column("bureau.person", member -> member.details().personName(), 170),
                column("bureau.country", member -> countryName(member.details().countryCode()), 140),
                column("bureau.term", member -> term(member.details()), 190),
                column("bureau.note", member -> member.details().note(), 180)));
        return table;
    }

    private String term(BureauMemberDraft details) {
        return messages.text(details.to() == null ? "bureau.term.open" : "bureau.term.closed",
                messages.date(details.from()), details.to() == null ? "" : messages.date(details.to()));
    }

    private String countryName(String code) {
        return country(code).map(country -> country.name(messages.locale())).orElse(code);
    }

    private Optional<Country> country(String code) {
        return countries.stream().filter(country -> country.code().equals(code)).findFirst();
    }

    private TableColumn<BureauMember, String> column(String key, Function<BureauMember, String> value, double width) {
        TableColumn<BureauMember, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    private void edit(boolean isNew) {
        if (roles.refused(Permission.CHANGE_MEETINGS)) {
            return;
        }
        BureauMember member = isNew ? null : viewModel.selectedProperty().get();
        if (!isNew && member == null) {
            return;
        }
        BureauEditorViewModel editor = new BureauEditorViewModel(viewModel.service(), runner, errors, messages,
                member, member == null ? null : country(member.details().countryCode()).orElse(null));
        new BureauEditorDialog(editor, countries, messages, getDialogPane().getScene().getWindow()).showAndWait()
                .ifPresent(saved -> {
                    viewModel.selectedProperty().set(saved);
                    viewModel.reload();
                });
    }
}
