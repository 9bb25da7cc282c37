package org.octopusdesk.ui.meetings;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;

/**
 * The controls every section of the meeting page shares (agenda, documents, attendance, follow-up actions): its
 * buttons, and its list kept in step with the view-model's selected record.
 */
final class PageControls {

    private PageControls() {
    }

    /** A button with its icon and words, never narrower than they are. */
    static Button textButton(Messages messages, String id, String key, String icon, Runnable action) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(id);
        HoverTooltips.explain(button, messages.text(key));
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A button that shows only its icon, named by its tooltip: the page is too narrow for every word. */
    static Button iconButton(Messages messages, String id, String key, String icon, Runnable action) {
        Button button = textButton(messages, id, key, icon, action);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(messages.text(key));
        return button;
    }

    /** Keeps the list's selection and the view-model's selected record in step, both ways. */
    static <T> void linkSelection(ListView<T> list, ObjectProperty<T> selected) {
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, value) -> selected.set(value));
        selected.addListener((observable, old, value) -> {
            if (value == null) {
                list.getSelectionModel().clearSelection();
            } else if (!value.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(value);
            }
        });
    }
}
