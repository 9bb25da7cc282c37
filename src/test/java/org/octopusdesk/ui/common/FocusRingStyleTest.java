package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table or list with the keyboard's focus shows it in its frame, in the theme's accent colour, at the width it
 * had, so that nothing moves; without the focus it has the theme's grey frame again.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingStyleTest {

    private VBox window;
    /** A swatch of the theme's accent, to compare the frame's colour with. */
    private Region accent;
    private TableView<String> table;
    private ListView<String> list;
    private Button button;

    @Start
    void start(Stage stage) {
        window = new VBox(8);
        accent = new Region();
        table = new TableView<>(FXCollections.observableArrayList("Japan", "Canada"));
        list = new ListView<>(FXCollections.observableArrayList("Japan", "Canada"));
        button = new Button("Button");
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        accent.setStyle("-fx-background-color: -color-accent-emphasis;");
        table.getColumns().add(new TableColumn<>("Country"));
        window.getChildren().setAll(button, table, list, accent);
        Scene scene = new Scene(window, 400, 500);
        scene.getStylesheets().setAll(getClass().getResource("/org/octopusdesk/ui/octopus-desk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void themeBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.getChildren().clear();
            window.getScene().getStylesheets().clear();
            javafx.application.Application.setUserAgentStylesheet(null);
        }).get();
    }

    @Test
    void aFocusedTableOrListHasAFrameInTheAccentColourAtTheSameWidth() throws Exception {
        Insets unfocusedInsets = fx(() -> {
            button.requestFocus();
            window.applyCss();
            return table.getInsets();
        });
        Paint grey = fx(() -> frame(table));
        Paint accentColour = fx(() -> accent.getBackground().getFills().get(0).getFill());
        assertThat(grey).as("the theme's frame").isNotEqualTo(accentColour);

        fx(() -> {
            table.requestFocus();
            window.applyCss();
            return null;
        });
        assertThat(fx(() -> frame(table))).isEqualTo(accentColour);
        assertThat(fx(table::getInsets)).as("nothing moves").isEqualTo(unfocusedInsets);
        assertThat(fx(() -> frame(list))).as("the list without the focus").isEqualTo(grey);

        fx(() -> {
            list.requestFocus();
            window.applyCss();
            return null;
        });
        assertThat(fx(() -> frame(list))).isEqualTo(accentColour);
        assertThat(fx(() -> frame(table))).as("the table without the focus again").isEqualTo(grey);
    }

    private static Paint frame(Region region) {
        return region.getBorder().getStrokes().get(0).getTopStroke();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
