package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A tool bar short of room: fields narrow, then buttons show their icons alone from the last one back. */
@ExtendWith(ApplicationExtension.class)
class FittingBarTest {

    private List<Button> buttons;
    private TextField filter;
    private Label caption;
    private FittingBar bar;

    /** Made here: controls need the toolkit, which starts before this and after the test's fields. */
    @Start
    void start(Stage stage) {
        buttons = List.of(button("Nouvelle promesse"), button("Versement reçu"), button("Annuler la promesse"),
                new Button("Bureau du comité…"), button("Exporter"));
        filter = new TextField();
        caption = new Label("Au");
        filter.setPrefColumnCount(20);
        filter.setMinWidth(60);
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new FittingBar(6, buttons.get(0), buttons.get(1), buttons.get(2), buttons.get(3), spacer, filter,
                caption, buttons.get(4));
        // Sized by the test alone: a pane would give it its preferred width at each frame.
        bar.setManaged(false);
        stage.setScene(new Scene(new Pane(bar), 1600, 200));
        stage.show();
    }

    @Test
    void wordsStayWholeAndTheLastButtonsGiveWayFirst() throws Exception {
        double roomy = WaitForAsyncUtils.asyncFx(() -> bar.prefWidth(-1)).get();
        resize(roomy);
        read(() -> {
            assertThat(buttons).allSatisfy(button -> assertThat(button.getContentDisplay())
                    .isNotEqualTo(ContentDisplay.GRAPHIC_ONLY));
            return null;
        });

        // The filter gives its 180-odd pixels first; nothing else changes.
        resize(roomy - 100);
        read(() -> {
            assertThat(filter.getWidth()).isLessThan(filter.prefWidth(-1));
            assertThat(buttons).allSatisfy(button -> assertThat(button.getContentDisplay())
                    .isNotEqualTo(ContentDisplay.GRAPHIC_ONLY));
            return null;
        });

        // Short of the words' room: "Exporter" first, then from the right; the button without an icon keeps them.
        double least = WaitForAsyncUtils.asyncFx(() -> bar.prefWidth(-1) - filter.prefWidth(-1) + 60).get();
        resize(least - 150);
        read(() -> {
            assertThat(buttons.get(4).getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(buttons.get(3).getContentDisplay()).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(buttons.get(0).getContentDisplay()).isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
            for (Button button : buttons) {
                assertThat(button.getWidth()).as(button.getText()).isGreaterThanOrEqualTo(button.prefWidth(-1) - 1);
            }
            assertThat(caption.getWidth()).isGreaterThanOrEqualTo(caption.prefWidth(-1) - 1);
            assertThat(filter.getWidth()).isGreaterThanOrEqualTo(60);
            return null;
        });

        // Wide again: every button has its words back, in their first display.
        resize(roomy + 50);
        read(() -> {
            assertThat(buttons).allSatisfy(button -> assertThat(button.getContentDisplay())
                    .isEqualTo(ContentDisplay.LEFT));
            assertThat(buttons.get(1).getText()).isEqualTo("Versement reçu");
            return null;
        });
    }

    @Test
    void theBarNeverHoldsItsWindowWiderThanTheRoomItHas() throws Exception {
        assertThat(WaitForAsyncUtils.asyncFx(() -> bar.minWidth(-1)).get()).isLessThan(30);
    }

    private void resize(double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            bar.resize(width, bar.prefHeight(width));
            bar.requestLayout();
            bar.layout();
            // A button given back its words asks for another pass, as the scene's next frame would run.
            bar.layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void read(Callable<Void> checks) throws Exception {
        WaitForAsyncUtils.asyncFx(checks).get(10, TimeUnit.SECONDS);
    }

    private static Button button(String text) {
        return new Button(text, new Rectangle(14, 14));
    }
}
