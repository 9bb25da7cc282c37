package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a table too narrow for its columns' wishes, a short column still shows its whole title. */
@ExtendWith(ApplicationExtension.class)
class ColumnTitlesTest {

    private final StackPane window = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 420, 300));
        stage.show();
    }

    @Test
    void aNarrowColumnWidensToItsTitleAndTheWideOnesGiveWay() throws Exception {
        TableView<String> table = WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> made = new TableView<>(FXCollections.observableArrayList("Albania", "Andorra"));
            made.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            made.getColumns().setAll(List.of(column("Country", 220), column("Ratification", 60),
                    column("Entry into force", 60), column("Notes", 160)));
            ColumnTitles.shownWhole(made);
            return made;
        }).get();

        showUntil(table, () -> table.getColumns().get(1).getMinWidth() > 60);

        WaitForAsyncUtils.asyncFx(() -> {
            assertEveryTitleWhole(table, "");
            double shown = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertThat(shown).as("the columns still fit the table").isLessThanOrEqualTo(table.getWidth());
        }).get();
    }

    @Test
    void titlesThatWouldPushTheLastColumnOutMakeTheTableScrollSideways() throws Exception {
        TableView<String> table = WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> made = new TableView<>(FXCollections.observableArrayList("Venue"));
            made.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            // Amounts read whole: their columns never narrower than their figures.
            made.getColumns().setAll(List.of(column("Category of the line", 60), column("Description", 60),
                    whole(column("Planned", 110)), whole(column("Planned (EUR)", 95)),
                    whole(column("Actual (EUR)", 95))));
            ColumnTitles.shownWhole(made);
            return made;
        }).get();

        // Their least widths were 320 px in all, in a table of 420: "Category of the line" cannot fit with the rest.
        showUntil(table, () -> table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY);

        WaitForAsyncUtils.asyncFx(() -> assertEveryTitleWhole(table, "")).get();
    }

    @Test
    void outOfAWindowNothingIsMeasured() throws Exception {
        TableView<String> table = WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> made = new TableView<>();
            made.getColumns().add(column("Ratification", 40));
            ColumnTitles.shownWhole(made);
            return made;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getColumns().get(0).getMinWidth()).isEqualTo(10);
    }

    @Test
    void aColumnOfKnownValuesWidensToTheWidestOfThem() throws Exception {
        TableView<String> table = WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> made = new TableView<>(FXCollections.observableArrayList("Partly received"));
            made.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            made.getColumns().setAll(List.of(column("Donor", 300), column("Status", 40), column("Notes", 160)));
            ColumnTitles.valuesWhole(made.getColumns().get(1), List.of("Pledged", "Partly received", "Received"));
            ColumnTitles.shownWhole(made);
            return made;
        }).get();

        showUntil(table, () -> table.getColumns().get(1).getMinWidth() > 10);

        WaitForAsyncUtils.asyncFx(() -> {
            TableColumn<String, ?> status = table.getColumns().get(1);
            Label title = table.lookupAll(".column-header").stream().filter(TableColumnHeader.class::isInstance)
                    .map(TableColumnHeader.class::cast).filter(header -> header.getTableColumn() == status)
                    .map(ColumnTitles::title).findFirst().orElseThrow();
            // The cell shows its value whole: its text is what the column gives, not an elided one.
            var cell = table.lookupAll(".table-cell").stream().filter(node -> node instanceof TableCell<?, ?> c
                    && c.getTableColumn() == status && "Partly received".equals(c.getItem())).findFirst()
                    .map(TableCell.class::cast).orElseThrow();
            var shown = cell.lookup(".text");
            assertThat(((javafx.scene.text.Text) shown).getText()).isEqualTo("Partly received");
            assertThat(status.getWidth()).as("wider than its title").isGreaterThan(title.prefWidth(-1) + 20);
        }).get();
    }

    @Test
    void aTableTooNarrowForItsTitlesScrollsSidewaysAndFitsItsWidthAgainWhenWider() throws Exception {
        TableView<String> table = WaitForAsyncUtils.asyncFx(() -> {
            TableView<String> made = new TableView<>(FXCollections.observableArrayList("Partly received"));
            made.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            made.getColumns().setAll(List.of(column("Donor", 200), column("Status", 40),
                    column("Earmarked to", 60), column("Notes", 100)));
            ColumnTitles.valuesWhole(made.getColumns().get(1), List.of("Pledged", "Partly received", "Received"));
            ColumnTitles.shownWhole(made);
            return made;
        }).get();
        showUntil(table, () -> table.getColumns().get(1).getMinWidth() > 100);
        double wide = WaitForAsyncUtils.asyncFx(() -> table.getColumns().get(1).getMinWidth()).get();

        WaitForAsyncUtils.asyncFx(() -> table.setMaxWidth(200)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                table.getWidth() == 200
                        && table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY).get());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            assertEveryTitleWhole(table, " whole, scrolled to");
            assertThat(table.getColumns().get(0).getWidth()).as("the donor at its own width").isEqualTo(200);
            assertThat(table.lookupAll(".scroll-bar").stream().filter(node -> node instanceof ScrollBar bar
                    && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()).count())
                    .as("a sideways scroll bar").isEqualTo(1);
        }).get();

        // Wider again: within its width, the status with its whole width again.
        WaitForAsyncUtils.asyncFx(() -> table.setMaxWidth(Double.MAX_VALUE)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                table.getColumnResizePolicy() == TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                        && table.getColumns().get(1).getMinWidth() == wide).get());
        WaitForAsyncUtils.asyncFx(() -> {
            double shown = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
            assertThat(shown).as("the last column within the table").isLessThanOrEqualTo(table.getWidth());
        }).get();
    }

    /** Every column at least as wide as its title; on the FX thread. */
    private static void assertEveryTitleWhole(TableView<String> table, String note) {
        for (var node : table.lookupAll(".column-header")) {
            // The root header, which holds the others, has no column and no title.
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null) {
                Label title = ColumnTitles.title(header);
                assertThat(header.getTableColumn().getWidth()).as(title.getText() + note)
                        .isGreaterThanOrEqualTo(title.prefWidth(-1));
            }
        }
    }

    /** Puts {@code table} in the window and waits, reading on the FX thread, until {@code widened} holds. */
    private void showUntil(TableView<String> table, java.util.concurrent.Callable<Boolean> widened) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.getChildren().setAll(table)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(widened).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableColumn<String, String> whole(TableColumn<String, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static TableColumn<String, String> column(String title, double width) {
        TableColumn<String, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setPrefWidth(width);
        return column;
    }
}
