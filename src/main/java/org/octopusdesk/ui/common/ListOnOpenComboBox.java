package org.octopusdesk.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Skin;

/**
 * The application's combo box: its drop-down list is styled when it first opens, not with its screen
 * ({@link ListOnOpenComboBoxSkin}, decision 0043). Everything else is JavaFX's {@link ComboBox}.
 */
public class ListOnOpenComboBox<T> extends ComboBox<T> {

    public ListOnOpenComboBox() {
        this(FXCollections.observableArrayList());
    }

    public ListOnOpenComboBox(ObservableList<T> items) {
        super(items);
    }

    /** A box of {@code values}, in their order: an enum's constants, say. */
    @SafeVarargs
    public static <T> ListOnOpenComboBox<T> of(T... values) {
        return new ListOnOpenComboBox<>(FXCollections.observableArrayList(values));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ListOnOpenComboBoxSkin<>(this);
    }
}
