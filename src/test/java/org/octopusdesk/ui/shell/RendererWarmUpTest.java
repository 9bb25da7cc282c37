package org.octopusdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The renderer's sample holds what the main screen's first frame would otherwise set up: a two-layer rounded
 * background (the renderer caches only backgrounds of more than one layer), the focus ring's shadow, and text in the
 * screens' fonts; it draws off screen, on the FX thread only.
 */
@ExtendWith(ApplicationExtension.class)
class RendererWarmUpTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new VBox(), 100, 100));
        stage.show();
    }

    @Test
    void theSampleHasABackgroundTheRendererCachesAShadowAndText() throws Exception {
        VBox sample = WaitForAsyncUtils.asyncFx(() -> {
            VBox built = RendererWarmUp.sample();
            new Scene(built, 360, 240);
            built.applyCss();
            return built;
        }).get();
        Region framed = (Region) sample.lookup("#renderer-warm-up-frame");
        assertThat(framed.getBackground().getFills()).as("a border drawn as a fill under the face").hasSize(2);
        assertThat(framed.getBackground().getFills()).allSatisfy(fill -> assertThat(fill.getRadii().isUniform()
                && fill.getRadii().getTopLeftHorizontalRadius() > 0).as("rounded").isTrue());
        assertThat(framed.getEffect()).as("the focus ring's shadow").isInstanceOf(DropShadow.class);
        assertThat(sample.getChildren()).as("the frame and a line in each font").hasSize(8);
    }

    @Test
    void itDrawsOnTheFxThreadOnly() throws Exception {
        assertThatThrownBy(() -> RendererWarmUp.once(List.of())).isInstanceOf(IllegalStateException.class);
        WaitForAsyncUtils.asyncFx(() -> RendererWarmUp.once(List.of())).get();
        // A second call in the same process finds the renderer set up and draws nothing.
        WaitForAsyncUtils.asyncFx(() -> RendererWarmUp.once(List.of())).get();
    }
}
