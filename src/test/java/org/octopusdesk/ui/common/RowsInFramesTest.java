package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table's first rows show a band at a time from the top until the table fills its holder, for good; a table whose
 * area was left stops growing without making a row for every item, and goes on when shown again.
 */
@ExtendWith(ApplicationExtension.class)
class RowsInFramesTest {

    private static final double WINDOW_HEIGHT = 700;
    private final StackPane window = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 500, WINDOW_HEIGHT));
        stage.show();
    }

    @Test
    void theFirstRowsShowABandAtATimeUntilTheTableFillsItsHolder() throws Exception {
        TableView<Integer> table = table();
        RowsInFrames holder = fx(() -> RowsInFrames.holding(table));
        fx(() -> window.getChildren().setAll(new VBox(holder)));
        fx(() -> {
            VBox.setVgrow(holder, Priority.ALWAYS);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(holder::whole)).as("no rows yet: nothing to hold back").isTrue();
        assertThat(fx(holder::getHeight)).as("the holder grows as the table would").isEqualTo(WINDOW_HEIGHT);

        double firstBand = fx(() -> {
            table.getItems().setAll(IntStream.range(0, 500).boxed().toList());
            // The layout of the frame the rows came in, done now rather than waited for.
            window.layout();
            return table.getHeight();
        });

        assertThat(firstBand).isEqualTo(RowsInFrames.BAND);
        waitUntil(() -> fx(holder::whole));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(table::getHeight)).isEqualTo(WINDOW_HEIGHT);
        assertThat(fx(() -> table.lookupAll(".table-row-cell").size())).as("the rows that show, not one per item")
                .isBetween(20, 60);
    }

    @Test
    void aTableWhoseAreaWasLeftStopsGrowingAndGoesOnWhenShownAgain() throws Exception {
        TableView<Integer> table = table();
        RowsInFrames holder = fx(() -> RowsInFrames.holding(table));
        fx(() -> window.getChildren().setAll(holder));
        fx(() -> {
            table.getItems().setAll(IntStream.range(0, 5_000).boxed().toList());
            // Left in the frame its rows came in, as a person clicking on quickly does.
            window.getChildren().clear();
            return null;
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(holder::whole)).isFalse();
        assertThat(fx(() -> table.lookupAll(".table-row-cell").size())).as("not a row per item").isLessThan(50);

        fx(() -> window.getChildren().setAll(holder));
        waitUntil(() -> fx(holder::whole));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(table::getHeight)).isEqualTo(WINDOW_HEIGHT);
    }

    @Test
    void theHolderTakesTheTablesSizes() throws Exception {
        TableView<Integer> table = table();
        fx(() -> {
            table.setMinWidth(333);
            table.setPrefHeight(444);
            return null;
        });

        RowsInFrames holder = fx(() -> RowsInFrames.holding(table));

        assertThat(fx(() -> List.of(holder.minWidth(-1), holder.prefHeight(-1)))).containsExactly(333.0, 444.0);
        assertThat(holder.table()).isSameAs(table);
    }

    @Test
    void untilItsFirstRowsATableSaysItIsLoadingWhileWorkRuns() throws Exception {
        TableView<Integer> table = table();
        Label empty = new Label("No donor yet");
        fx(() -> {
            table.setPlaceholder(empty);
            return null;
        });
        BooleanProperty busy = new SimpleBooleanProperty(true);
        RowsInFrames holder = fx(() -> {
            RowsInFrames.sayLoadingWhile(busy, "Loading…");
            try {
                return RowsInFrames.holding(table);
            } finally {
                RowsInFrames.sayLoadingWhile(null, null);
            }
        });
        VBox screen = fx(() -> new VBox(holder));

        assertThat(fx(() -> ((Label) table.getPlaceholder()).getText())).isEqualTo("Loading…");
        fx(() -> {
            busy.set(false);
            return null;
        });
        assertThat(fx(table::getPlaceholder)).as("work ended with no rows").isSameAs(empty);

        fx(() -> {
            busy.set(true);
            window.getChildren().setAll(screen);
            table.getItems().setAll(1, 2, 3);
            busy.set(false);
            table.getItems().clear();
            busy.set(true);
            return null;
        });
        assertThat(fx(table::getPlaceholder)).as("rows came once: an empty table is empty").isSameAs(empty);
    }

    private static TableView<Integer> table() throws Exception {
        return fx(() -> {
            TableView<Integer> table = new TableView<>();
            for (String name : List.of("Number", "Twice")) {
                TableColumn<Integer, String> column = new TableColumn<>(name);
                column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(name + " " + row.getValue()));
                table.getColumns().add(column);
            }
            return table;
        });
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
