package org.octopusdesk.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Skin;
import org.controlsfx.control.SearchableComboBox;

/**
 * ControlsFX's searchable combo box, whose skin shows a plain combo box of the filtered entries under its search
 * field: that inner box gets its drop-down list when it first opens ({@link ListOnOpenComboBoxSkin}, decision 0043).
 */
public class ListOnOpenSearchableComboBox<T> extends SearchableComboBox<T> {

    public ListOnOpenSearchableComboBox() {
        this(FXCollections.observableArrayList());
    }

    public ListOnOpenSearchableComboBox(ObservableList<T> items) {
        super(items);
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
    }
}
