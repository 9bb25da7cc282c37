package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A combo box styled with its screen leaves its drop-down list alone until it opens (decision 0043), yet is as wide
 * as its widest entry from the start, keeps that width when first opened, and picks from its list as any would.
 */
@ExtendWith(ApplicationExtension.class)
class ListOnOpenComboBoxTest {

    private static final String WIDEST = "Ministry of Foreign Affairs of the Kingdom of the Netherlands";

    private final VBox window = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 900, 500));
        stage.show();
    }

    @Test
    void theListIsNotStyledWithTheScreenButTheBoxIsAsWideAsItsWidestEntry() throws Exception {
        ComboBox<String> box = shown(new ListOnOpenComboBox<>(donors()));
        ListView<?> list = fx(() -> (ListView<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent());

        assertThat(fx(() -> box.getChildrenUnmodifiable().contains(list))).isFalse();
        assertThat(fx(list::getSkin)).as("the hidden list's skin").isNull();
        double widestText = fx(() -> {
            Text text = new Text(WIDEST);
            text.setFont(((ListCell<?>) box.lookup(".list-cell")).getFont());
            return text.getLayoutBounds().getWidth();
        });
        assertThat(fx(box::getWidth)).isGreaterThan(widestText);
    }

    @Test
    void theBoxIsAsWideAsJavaFxsOwnWithTheSameEntries() throws Exception {
        ComboBox<String> ours = new ListOnOpenComboBox<>(donors());
        ComboBox<String> javaFxs = new ComboBox<>(donors());
        WaitForAsyncUtils.asyncFx(() -> window.getChildren().setAll(ours, javaFxs)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(ours::getWidth)).isCloseTo(fx(javaFxs::getWidth), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aFilterIsAsWideAsJavaFxsOwnInTheApplicationsTheme() throws Exception {
        ObservableList<String> years = FXCollections.observableArrayList("2014", "2015", "2026");
        ComboBox<String> ours = Choices.filter("ours", years, year -> year, "All years");
        ComboBox<String> javaFxs = new ComboBox<>();
        javaFxs.getItems().add(null);
        javaFxs.getItems().addAll(years);
        javaFxs.setConverter(Choices.shownAs(year -> year, "All years"));
        javaFxs.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "All years" : item);
            }
        });
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            window.getScene().getStylesheets().setAll(
                    getClass().getResource("/org/octopusdesk/ui/octopus-desk.css").toExternalForm());
            window.getChildren().setAll(ours, javaFxs);
        }).get();
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(ours::getWidth)).isCloseTo(fx(javaFxs::getWidth), org.assertj.core.data.Offset.offset(1.0));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                javafx.application.Application.setUserAgentStylesheet(null);
                window.getScene().getStylesheets().clear();
            }).get();
        }
    }

    @Test
    void openingTheListKeepsTheBoxsWidthAndPicksAnEntry(FxRobot robot) throws Exception {
        ComboBox<String> box = shown(new ListOnOpenComboBox<>(donors()));
        double before = fx(box::getWidth);

        robot.clickOn(box);
        ListView<?> list = fx(() -> (ListView<?>) ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> list.getSkin() != null && box.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(list::getWidth)).as("the list at least as wide as its box").isGreaterThanOrEqualTo(before);
        assertThat(fx(box::getWidth)).isEqualTo(before);

        robot.clickOn("Donor 2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !box.isShowing()));
        assertThat(fx(box::getValue)).isEqualTo("Donor 2");
        assertThat(fx(box::getWidth)).isEqualTo(before);
    }

    @Test
    void aLongerEntryWidensTheBox() throws Exception {
        ObservableList<String> entries = FXCollections.observableArrayList("Swiss Confederation", "Japan");
        ComboBox<String> box = shown(new ListOnOpenComboBox<>(entries));
        double before = fx(box::getWidth);

        WaitForAsyncUtils.asyncFx(() -> entries.add(WIDEST)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(box::getWidth)).isGreaterThan(before);
    }

    @Test
    void theSearchableBoxsInnerBoxLeavesItsListAloneToo() throws Exception {
        SearchableComboBox<String> box = shown(new ListOnOpenSearchableComboBox<>(donors()));

        Node inner = fx(() -> box.getChildrenUnmodifiable().stream().filter(ComboBox.class::isInstance).findFirst()
                .orElseThrow());
        assertThat(fx(() -> ((ComboBox<?>) inner).getSkin())).isInstanceOf(ListOnOpenComboBoxSkin.class);
    }

    private <B extends ComboBox<String>> B shown(B box) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.getChildren().setAll(box)).get();
        WaitForAsyncUtils.waitForFxEvents();
        return box;
    }

    private static ObservableList<String> donors() {
        ObservableList<String> donors = FXCollections.observableArrayList();
        for (int i = 1; i <= 40; i++) {
            donors.add("Donor " + i);
        }
        donors.add(17, WIDEST);
        return donors;
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
