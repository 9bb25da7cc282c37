package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pointer on a cut column title shows the whole title; on a title shown whole, nothing. */
@ExtendWith(ApplicationExtension.class)
class CutTitlesTest {

    /** Made on the FX thread: the toolkit is not started when the test is made. */
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        CutTitles.explainedEverywhere();
        table = new TableView<>(FXCollections.observableArrayList("Albania"));
        table.getColumns().setAll(List.of(column("Country", 150), column("Ratification", 60),
                column("Code", 80)));
        stage.setScene(new Scene(table, 420, 200));
        stage.show();
    }

    @Test
    void aCutTitleShowsWholeAsATooltip(FxRobot robot) throws Exception {
        TableColumnHeader ratification = header("Ratification");

        robot.moveTo(centre(ratification));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Ratification".equals(shownTooltip()));
    }

    @Test
    void aTitleShownWholeHasNoTooltipAndOneWidenedLosesIt(FxRobot robot) throws Exception {
        TableColumnHeader code = header("Code");
        TableColumnHeader ratification = header("Ratification");
        robot.moveTo(centre(code));
        robot.moveTo(centre(ratification));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> CutTitles.tooltip(ratification).isPresent()).get());

        assertThat(WaitForAsyncUtils.asyncFx(() -> CutTitles.tooltip(code)).get()).as("Code, whole").isEmpty();

        WaitForAsyncUtils.asyncFx(() -> table.getColumns().get(1).setPrefWidth(140)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(centre(code));
        robot.moveTo(centre(ratification));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> CutTitles.tooltip(ratification).isEmpty()).get());
    }

    private TableColumnHeader header(String title) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> table.lookupAll(".column-header").size() > 3).get());
        return WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".column-header").stream()
                .filter(TableColumnHeader.class::isInstance).map(TableColumnHeader.class::cast)
                .filter(header -> header.getTableColumn() != null
                        && title.equals(header.getTableColumn().getText()))
                .findFirst().orElseThrow()).get();
    }

    private static Point2D centre(TableColumnHeader header) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> header.localToScreen(header.getWidth() / 2,
                header.getHeight() / 2)).get();
    }

    /** The text of the tooltip showing, if one is. */
    private static String shownTooltip() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Tooltip.class::isInstance)
                .map(Tooltip.class::cast).filter(Tooltip::isShowing).map(Tooltip::getText).findFirst()
                .orElse(null)).get();
    }

    private static TableColumn<String, String> column(String title, double width) {
        TableColumn<String, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setPrefWidth(width);
        return column;
    }
}
