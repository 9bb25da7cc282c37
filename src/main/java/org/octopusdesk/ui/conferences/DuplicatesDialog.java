package org.octopusdesk.ui.conferences;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.LikelyDuplicates;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.i18n.Messages;

/** The registrations that look like one person, side by side; merging keeps the first, completed from the second. */
final class DuplicatesDialog extends Dialog<Void> {

    DuplicatesDialog(ParticipantsViewModel viewModel, Messages messages, Window owner,
            org.octopusdesk.ui.common.RoleControls roles) {
        initOwner(owner);
        setTitle(messages.text("participant.duplicates.title"));
        TableView<LikelyDuplicates.Pair> table = new TableView<>(viewModel.duplicates());
        table.setId("duplicates-table");
        table.setPlaceholder(new Label(messages.text("participant.duplicates.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column(messages.text("participant.duplicates.keep"), pair -> describe(pair.first()), 260),
                column(messages.text("participant.duplicates.drop"), pair -> describe(pair.second()), 260),
                column(messages.text("participant.duplicates.why"), pair -> messages.text(
                        pair.byName() && pair.byEmail() ? "participant.duplicates.both"
                        : pair.byName() ? "participant.duplicates.name" : "participant.duplicates.email"), 120)));
        table.setPrefSize(680, 300);
        Button merge = new Button(messages.text("participant.duplicates.merge"));
        merge.setId("duplicates-merge");
        merge.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        merge.setOnAction(event -> viewModel.merge(table.getSelectionModel().getSelectedItem()));
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_CONFERENCES, merge);
        Label hint = new Label(messages.text("participant.duplicates.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox content = new VBox(8, hint, table, new HBox(merge));
        getDialogPane().setContent(content);
        getDialogPane().setId("duplicates-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private static String describe(Participant participant) {
        return participant.name() + (participant.email().isEmpty() ? "" : " <" + participant.email() + ">")
                + (participant.organisation().isEmpty() ? "" : ", " + participant.organisation());
    }

    private static TableColumn<LikelyDuplicates.Pair, String> column(String title,
            java.util.function.Function<LikelyDuplicates.Pair, String> value, double width) {
        TableColumn<LikelyDuplicates.Pair, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
