package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** JavaFX caches a scroll pane's view port as an image; the uncached pane's content is drawn into the window. */
@ExtendWith(ApplicationExtension.class)
class ScrollPanesTest {

    private final VBox window = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 300, 200));
        stage.show();
    }

    @Test
    void theUncachedPanesViewPortIsNotCachedWhereAPlainOnesIs() throws Exception {
        ScrollPane uncached = WaitForAsyncUtils.asyncFx(() -> ScrollPanes.uncached(new Label("Content"))).get();
        ScrollPane plain = WaitForAsyncUtils.asyncFx(() -> new ScrollPane(new Label("Content"))).get();
        WaitForAsyncUtils.asyncFx(() -> window.getChildren().setAll(uncached, plain)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewport(plain).isCache()).as("JavaFX's own").isTrue();
        assertThat(viewport(uncached).isCache()).isFalse();
        assertThat(uncached.getContent()).isInstanceOf(Label.class);
    }

    private static Node viewport(ScrollPane pane) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.lookup(".viewport")).get();
    }
}
