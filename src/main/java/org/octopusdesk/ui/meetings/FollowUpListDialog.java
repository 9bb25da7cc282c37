package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
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
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.FollowUpLine;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.TableSelection;

/**
 * The follow-up actions across meetings, filtered by status and owner. Non-modal, like the decisions register, so
 * it stays open beside the meetings; a double click shows the action's meeting.
 */
final class FollowUpListDialog extends Dialog<Void> {

    FollowUpListDialog(FollowUpListViewModel viewModel, Messages messages, Window owner,
            Consumer<MeetingId> openMeeting, org.octopusdesk.ui.common.RoleControls roles) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(messages.text("followUp.list.title"));
        setResizable(true);
        ComboBox<ActionStatus> status = Choices.filter("follow-up-status-filter",
                FXCollections.observableArrayList(ActionStatus.values()), value -> messages.text(value.messageKey()),
                messages.text("followUp.status.all"));
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        ComboBox<String> ownerFilter = Choices.filter("follow-up-owner-filter", viewModel.owners(), value -> value,
                messages.text("followUp.owner.all"));
        ownerFilter.valueProperty().bindBidirectional(viewModel.ownerProperty());
        Button done = new Button(messages.text("followUp.markDone"), Icons.icon(Icons.OK));
        done.setId("follow-up-list-done");
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                viewModel.selectedProperty().get() == null
                        || viewModel.selectedProperty().get().action().status() != ActionStatus.OPEN,
                viewModel.selectedProperty()));
        done.setOnAction(event -> viewModel.markSelectedDone());
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS, done);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox filters = new HBox(6, status, ownerFilter, spacer, done);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<FollowUpLine> table = new TableView<>(viewModel.lines());
        table.setId("follow-up-list");
        table.setPlaceholder(new Label(messages.text("followUp.list.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column(messages, "meeting.shortTitle", line -> line.meeting().shortTitle(), 120),
                column(messages, "followUp.deadline", line -> messages.date(line.action().deadline()), 100),
                column(messages, "followUp.owner", line -> line.action().owner(), 130),
                column(messages, "followUp.status", line -> messages.text(line.action().status().messageKey()), 90),
                column(messages, "followUp.text", line -> line.action().text(), 320)));
        TableSelection.link(table, viewModel.selectedProperty());
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && viewModel.selectedProperty().get() != null) {
                openMeeting.accept(viewModel.selectedProperty().get().meeting().id());
            }
        });
        Label hint = new Label(messages.text("followUp.list.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox content = new VBox(8, filters, table, hint);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        content.setMinSize(900, 460);
        getDialogPane().setContent(content);
        getDialogPane().setId("follow-up-list-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("action.close"),
                ButtonType.CLOSE.getButtonData()));
    }

    private static TableColumn<FollowUpLine, String> column(Messages messages, String key,
            Function<FollowUpLine, String> value, double width) {
        TableColumn<FollowUpLine, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }
}
