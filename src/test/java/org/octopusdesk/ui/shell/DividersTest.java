package org.octopusdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An area's divider comes back where it was left, and where a person drags it is what is saved. */
@ExtendWith(ApplicationExtension.class)
class DividersTest {

    private static final AreaId DONORS = new AreaId("donors");
    private final StackPane window = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 800, 400));
        stage.show();
    }

    @Test
    void aDividerLeftInAnAreaComesBackAndTheOneDraggedIsKept(FxRobot robot) throws Exception {
        Dividers dividers = new Dividers(Map.of("donors", 0.7, "rates", 0.2));
        SplitPane split = shown(dividers, DONORS, 0.4);

        assertThat(position(split)).as("as left last time, not the area's own 0.4").isCloseTo(0.7, within(0.01));

        dragTo(robot, split, 240);

        assertThat(dividers.positions().get("donors")).as("dragged to 240 px of 800").isCloseTo(0.3, within(0.02));
        assertThat(dividers.positions()).as("an area not shown since keeps its place").containsEntry("rates", 0.2);
    }

    @Test
    void anAreaNeverArrangedKeepsItsOwnDividerAndOneDraggedToTheEdgeIsKeptWithinReach(FxRobot robot)
            throws Exception {
        Dividers dividers = new Dividers(Map.of());
        SplitPane split = shown(dividers, DONORS, 0.4);

        assertThat(position(split)).isCloseTo(0.4, within(0.01));
        WaitForAsyncUtils.asyncFx(() -> split.setDividerPositions(0.45)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> split.lookup(".split-pane-divider").getLayoutX() > 0.44 * 800).get());
        assertThat(dividers.positions()).as("laid out and moved, but not by a person").doesNotContainKey("donors");

        dragTo(robot, split, 4);

        assertThat(dividers.positions()).containsEntry("donors", 0.05);
    }

    /** Drags the divider with the pointer to {@code x} pixels from the pane's left. */
    private static void dragTo(FxRobot robot, SplitPane split, double x) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> split.lookup(".split-pane-divider") != null).get());
        Bounds divider = WaitForAsyncUtils.asyncFx(() -> {
            Node node = split.lookup(".split-pane-divider");
            return node.localToScreen(node.getBoundsInLocal());
        }).get();
        double left = WaitForAsyncUtils.asyncFx(() -> split.localToScreen(split.getBoundsInLocal()).getMinX()).get();
        robot.drag(divider.getCenterX(), divider.getCenterY()).dropTo(new Point2D(left + x, divider.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private SplitPane shown(Dividers dividers, AreaId area, double own) throws Exception {
        SplitPane split = WaitForAsyncUtils.asyncFx(() -> {
            SplitPane made = new SplitPane(new StackPane(new Label("list")), new StackPane(new Label("detail")));
            made.setDividerPositions(own);
            dividers.remember(area, made);
            window.getChildren().setAll(made);
            return made;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return split;
    }

    private static double position(SplitPane split) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> split.getDividers().get(0).getPosition()).get();
    }
}
