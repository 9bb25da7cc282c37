package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A late pane's holder stays empty out of a window, takes its content's set sizes at once, and gets the content,
 * styled, after its first frame in one.
 */
@ExtendWith(ApplicationExtension.class)
class LatePaneTest {

    private final StackPane window = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(window, 600, 400));
        stage.show();
    }

    @Test
    void theContentJoinsStyledAfterTheFirstFrameAndItsSizesAreKeptFromTheStart() throws Exception {
        Button convert = new Button("Convert");
        VBox side = new VBox(convert);
        side.setPrefHeight(320);
        side.setMinWidth(280);
        StackPane holder = WaitForAsyncUtils.asyncFx(() -> LatePane.holding(side)).get();

        assertThat(holder.getChildren()).as("out of a window").isEmpty();
        assertThat(List.of(holder.getPrefHeight(), holder.getMinWidth())).containsExactly(320.0, 280.0);

        WaitForAsyncUtils.asyncFx(() -> window.getChildren().setAll(holder)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                holder.getChildren().contains(side)).get());

        assertThat(WaitForAsyncUtils.asyncFx(convert::getSkin).get()).as("styled as it joined").isNotNull();
    }
}
