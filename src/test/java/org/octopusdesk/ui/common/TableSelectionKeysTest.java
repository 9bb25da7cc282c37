package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A list of records reached from the keyboard with nothing selected: the first Down selects its first row. */
@ExtendWith(ApplicationExtension.class)
class TableSelectionKeysTest {

    private final SimpleObjectProperty<String> selected = new SimpleObjectProperty<>();
    private TableView<String> table;
    private Button before;

    @Start
    void start(Stage stage) {
        // Built once the toolkit runs: controls need it.
        table = new TableView<>();
        before = new Button("New donor");
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        table.getColumns().add(name);
        table.getItems().setAll("Canada", "Japan", "Netherlands");
        TableSelection.link(table, selected);
        stage.setScene(new Scene(new VBox(before, table), 400, 300));
        stage.show();
    }

    @Test
    void aRecordTheViewModelSelectsOutOfSightIsBroughtIntoSight() throws Exception {
        List<String> many = IntStream.range(0, 200).mapToObj(i -> "Donor " + i).toList();
        WaitForAsyncUtils.asyncFx(() -> table.getItems().setAll(many)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.asyncFx(() -> selected.set("Donor 150")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        int[] shown = WaitForAsyncUtils.asyncFx(() -> new int[] {flow.getFirstVisibleCell().getIndex(),
                flow.getLastVisibleCell().getIndex()}).get(5, TimeUnit.SECONDS);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo("Donor 150");
        assertThat(shown[0]).as("first row shown").isLessThanOrEqualTo(150);
        assertThat(shown[1]).as("last row shown").isGreaterThanOrEqualTo(150);

        // A row in sight does not move the rows.
        WaitForAsyncUtils.asyncFx(() -> selected.set("Donor " + (shown[0] + 1))).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> flow.getFirstVisibleCell().getIndex()).get(5, TimeUnit.SECONDS))
                .isEqualTo(shown[0]);
    }

    @Test
    void tabThenDownSelectsTheFirstRow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(before::requestFocus).get(5, TimeUnit.SECONDS);

        robot.type(KeyCode.TAB).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.isFocused()).isTrue();
        assertThat(selected.get()).isEqualTo("Canada");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selected.get()).isEqualTo("Japan");
    }
}
