package org.octopusdesk.ui.shell;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Icons;

/** The application's name above one button per area, in the areas' order, each naming its shortcut. */
final class Sidebar {

    private final VBox node;
    private final Map<AreaId, ToggleButton> buttons = new HashMap<>();

    Sidebar(Messages messages, Collection<AreaSlot<?>> areas, Consumer<AreaId> show) {
        Label name = new Label(messages.text("app.name"));
        name.getStyleClass().add("title-3");
        Label subtitle = new Label(messages.text("app.subtitle"));
        subtitle.getStyleClass().addAll("text-muted", "text-small");
        subtitle.setWrapText(true);
        VBox brand = new VBox(2, name, subtitle);
        brand.setPadding(new Insets(4, 4, 14, 4));
        node = new VBox(4, brand);
        ToggleGroup group = new ToggleGroup();
        for (AreaSlot<?> area : areas) {
            String text = messages.text(area.nameKey());
            ToggleButton button = new ToggleButton(text, Icons.icon(area.icon()));
            button.setId("nav-" + area.id().value());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(area.shortcut()
                    .map(shortcut -> text + " (" + shortcut.getDisplayText() + ")").orElse(text)));
            button.setOnAction(event -> show.accept(area.id()));
            buttons.put(area.id(), button);
            node.getChildren().add(button);
        }
        // A selected area stays selected: clicking it again must not leave the sidebar without a choice.
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        node.setPadding(new Insets(14, 10, 14, 10));
        node.setPrefWidth(200);
        node.getStyleClass().add("sidebar");
    }

    Node node() {
        return node;
    }

    /**
     * Marks {@code area} as the one shown. When the keyboard is in the sidebar, it moves to that area's button: left
     * on the button of the area before (after Ctrl+2 from the dashboard's), its focus ring made two areas look
     * chosen. Elsewhere (in a form, a list) the keyboard stays where it is.
     */
    void select(AreaId area) {
        ToggleButton chosen = buttons.get(area);
        chosen.setSelected(true);
        if (!chosen.isFocused() && buttons.values().stream().anyMatch(ToggleButton::isFocused)) {
            chosen.requestFocus();
        }
    }
}
