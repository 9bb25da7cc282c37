package org.octopusdesk.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.controlsfx.control.SearchableComboBox;

/**
 * ControlsFX's searchable combo box, whose skin shows a plain combo box of the filtered entries under its search
 * field: that inner box gets its drop-down list when it first opens ({@link ListOnOpenComboBoxSkin}, decision 0043).
 * Its list opens on the entry shown, selected, as a plain combo box's does, where it opened on the first entries
 * with that one out of sight; and the focus comes back to the box when the list closes, however it closed.
 */
public class ListOnOpenSearchableComboBox<T> extends SearchableComboBox<T> {

    /** The entries shown above the current one when the list opens, so that its neighbours show too. */
    private static final int LINES_ABOVE_THE_VALUE = 3;

    public ListOnOpenSearchableComboBox() {
        this(FXCollections.observableArrayList());
    }

    public ListOnOpenSearchableComboBox(ObservableList<T> items) {
        super(items);
        showingProperty().addListener((observable, was, showing) -> {
            // The list closes and its search field, which had the focus, hides. Enter and Escape give the focus back
            // to this box; a pick with the mouse did not, and the scene passed it on to the next control.
            if (!showing && isFocusWithin() && !isFocused()) {
                requestFocus();
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        Skin<?> skin = super.createDefaultSkin();
        // The skin has put its inner box among this control's children; it gets its own skin only when styled next.
        for (Node child : getChildren()) {
            if (child instanceof ComboBox<?> inner && inner.getSkin() == null) {
                giveListOnOpenSkin(inner);
            }
        }
        return skin;
    }

    private static <E> void giveListOnOpenSkin(ComboBox<E> inner) {
        inner.setSkin(new ListOnOpenComboBoxSkin<>(inner));
        // After the skin's own listener: the list is in its popup by then.
        inner.showingProperty().addListener((observable, was, showing) -> {
            if (showing && inner.getSkin() instanceof ComboBoxListViewSkin<?> skin
                    && skin.getPopupContent() instanceof ListView<?> list) {
                showTheValue(list, inner.getItems().indexOf(inner.getValue()));
            }
        });
    }

    /**
     * Selects the entry at {@code index}, if any (JavaFX mostly has), and scrolls it into the list a few lines from
     * the top: the skin replaces the entries at every search, and never scrolled.
     */
    private static void showTheValue(ListView<?> list, int index) {
        if (index >= 0) {
            list.getSelectionModel().select(index);
            list.scrollTo(Math.max(0, index - LINES_ABOVE_THE_VALUE));
        }
    }
}
