package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the theme, whose list cells have a fixed height, a problem of four rows still reads whole. */
@ExtendWith(ApplicationExtension.class)
class WrappedLineTest {

    private static final String LONG = "Ligne 3 currency : Code de devise inconnu « EUX » : utilisez le code ISO 4217 "
            + "d’une devise, comme CAD ou JPY (les codes des métaux, des unités de compte, de test ou « sans devise », "
            + "comme XAU, XDR, XTS ou XXX, ne sont pas de la monnaie).";
    private static final String SHORT = "Ligne 2 date : Date invalide : « 2025-02-30 » (écrivez 2020-10-19).";

    private ListView<String> list;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        list = new ListView<>(FXCollections.observableArrayList(SHORT, LONG));
        list.setCellFactory(view -> new WrappedLine());
        stage.setScene(new Scene(new StackPane(list), 420, 400));
        stage.show();
    }

    @Test
    void aLongLineWrapsWholeAtTheListsWidthAndTakesTheRowsItNeeds() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> list.lookupAll(".list-cell").stream().anyMatch(cell -> LONG.equals(shownText(cell)))).get());

        WaitForAsyncUtils.asyncFx(() -> {
            List<Node> cells = list.lookupAll(".list-cell").stream()
                    .filter(cell -> cell instanceof WrappedLine line && line.getItem() != null).toList();
            WrappedLine shortLine = (WrappedLine) cells.stream().filter(cell -> SHORT.equals(shownText(cell)))
                    .findFirst().orElseThrow();
            WrappedLine longLine = (WrappedLine) cells.stream().filter(cell -> LONG.equals(shownText(cell)))
                    .findFirst().orElseThrow();
            assertThat(longLine.getHeight()).as("several rows").isGreaterThan(2.5 * shortLine.getHeight() - 20);
            assertThat(longLine.getWidth()).as("no wider than the list").isLessThanOrEqualTo(list.getWidth());
        }).get();
    }

    /** The text the cell draws: its whole line, or the line cut short with "…". */
    private static String shownText(Node cell) {
        return cell.lookupAll(".text").stream().filter(Text.class::isInstance).map(text -> ((Text) text).getText())
                .findFirst().orElse(null);
    }
}
