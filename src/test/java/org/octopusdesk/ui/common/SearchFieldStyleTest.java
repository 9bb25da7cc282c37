package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The searchable boxes' search field (ControlsFX's, styled for JavaFX's Modena theme) takes the application's text
 * field look in its theme: typing in it draws plain text and logs no stylesheet error.
 */
@ExtendWith(ApplicationExtension.class)
class SearchFieldStyleTest {

    /** JavaFX reports a style it cannot apply to this logger (java.util.logging's, as JavaFX logs). */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");

    private final VBox window = new VBox();
    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            cssWarnings.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(window, 600, 400);
        scene.getStylesheets().setAll(getClass().getResource("/org/octopusdesk/ui/octopus-desk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        CSS_LOG.addHandler(collect);
    }

    @AfterEach
    void themeBack() throws Exception {
        CSS_LOG.removeHandler(collect);
        // The box and the application’s stylesheet go first: JavaFX’s own theme would not find AtlantaFX’s colours.
        WaitForAsyncUtils.asyncFx(() -> {
            window.getChildren().stream().filter(SearchableComboBox.class::isInstance)
                    .forEach(box -> ((SearchableComboBox<?>) box).hide());
            window.getChildren().clear();
            window.getScene().getStylesheets().clear();
            javafx.application.Application.setUserAgentStylesheet(null);
        }).get();
    }

    @Test
    void typingInTheSearchFieldDrawsPlainTextInTheThemesLook(FxRobot robot) throws Exception {
        var box = WaitForAsyncUtils.asyncFx(() -> {
            var made = new ListOnOpenSearchableComboBox<>(FXCollections.observableArrayList("Japan",
                    "Netherlands (Ministry of Justice and Security)", "United Kingdom (FCDO)"));
            made.setPrefWidth(320);
            window.getChildren().setAll(made);
            return made;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(box).write("Neth");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup(".custom-text-field").tryQuery().map(field -> field.isFocused()
                        && "Neth".equals(((TextField) field).getText())).orElse(false)).get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cssWarnings).as("stylesheet errors").isEmpty();
        int fills = WaitForAsyncUtils.asyncFx(() -> ((TextField) robot.lookup(".custom-text-field").query())
                .getBackground().getFills().size()).get();
        assertThat(fills).as("the theme's border and field, not Modena's four layers").isEqualTo(2);
    }
}
