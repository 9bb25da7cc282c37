package org.octopusdesk.ui.common;

import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** Drop-down lists of records shown by a name, with an optional "any" entry for filters. */
public final class Choices {

    private Choices() {
    }

    /** Shows each value as {@code text} says and {@code null} as {@code none}; values are picked, not typed. */
    public static <T> StringConverter<T> shownAs(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                throw new UnsupportedOperationException("values are picked, not typed");
            }
        };
    }

    /**
     * A picker that narrows its list to the entries containing what the person types (ControlsFX): a list of
     * ~250 countries or dozens of donors is found in a few letters instead of by scrolling.
     */
    public static <T> SearchableComboBox<T> searchable(String id, ObservableList<T> values, Function<T, String> text) {
        SearchableComboBox<T> box = new ListOnOpenSearchableComboBox<>(values);
        box.setId(id);
        box.setConverter(shownAs(text, ""));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /**
     * A searchable picker whose first entry, shown as {@code all}, stands for no choice ({@code null}): a filter or
     * a report's "All donors".
     */
    public static <T> SearchableComboBox<T> searchableFilter(String id, ObservableList<T> values,
            Function<T, String> text, String all) {
        SearchableComboBox<T> box = new ListOnOpenSearchableComboBox<>();
        box.setId(id);
        box.setConverter(shownAs(text, all));
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> {
            T current = box.getValue();
            java.util.List<T> items = new java.util.ArrayList<>(java.util.Collections.singletonList(null));
            items.addAll(values);
            box.getItems().setAll(items);
            box.setValue(current);
        };
        values.addListener((javafx.collections.ListChangeListener<T>) change -> fill.run());
        fill.run();
        return box;
    }

    /**
     * A filter: the values, preceded by an entry {@code any} that stands for no filter ({@code null}).
     */
    public static <T> ComboBox<T> filter(String id, ObservableList<T> values, Function<T, String> text, String any) {
        ComboBox<T> box = new ListOnOpenComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            T current = box.getValue();
            box.getItems().setAll(new java.util.ArrayList<T>(java.util.Collections.singletonList(null)));
            box.getItems().addAll(values);
            box.setValue(current);
        };
        values.addListener((javafx.collections.ListChangeListener<T>) change -> fill.run());
        fill.run();
        // A filter names what it shows in full ("Toutes les années"): the bar gives way elsewhere.
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setConverter(shownAs(text, any));
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? any : text.apply(item));
            }
        });
        return box;
    }
}
