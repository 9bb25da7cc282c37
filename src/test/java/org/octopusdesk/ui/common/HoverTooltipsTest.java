package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A control explained by a tooltip has its text as accessible help at once, and the tooltip from the pointer. */
@ExtendWith(ApplicationExtension.class)
class HoverTooltipsTest {

    @Test
    void theHelpIsThereAtOnceAndTheTooltipComesWithThePointer() throws Exception {
        Button export = WaitForAsyncUtils.asyncFx(() -> HoverTooltips.explain(new Button("Export"),
                "Export the list (Ctrl+E)")).get();

        assertThat(export.getAccessibleHelp()).isEqualTo("Export the list (Ctrl+E)");
        assertThat(export.getTooltip()).as("no popup made before the pointer comes").isNull();

        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(export, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)))
                .get();

        assertThat(export.getTooltip().getText()).isEqualTo("Export the list (Ctrl+E)");
    }

    @Test
    void aChangingTextIsFollowedByTheHelpAndTheTooltip() throws Exception {
        StringProperty chosen = new SimpleStringProperty("ETS 185 Convention on Cybercrime");
        ComboBox<String> box = WaitForAsyncUtils.asyncFx(() -> HoverTooltips.explain(new ComboBox<String>(), chosen))
                .get();
        assertThat(box.getTooltip()).isNull();

        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(box, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)))
                .get();
        WaitForAsyncUtils.asyncFx(() -> chosen.set("CETS 224 Second Additional Protocol")).get();

        assertThat(box.getTooltip().getText()).isEqualTo("CETS 224 Second Additional Protocol");
        assertThat(box.getAccessibleHelp()).isEqualTo("CETS 224 Second Additional Protocol");
    }
}
