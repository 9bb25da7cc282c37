package org.octopusdesk.ui.common;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/** Table cells that show a value as the language writes it. */
public final class Cells {

    private Cells() {
    }

    public static <S, T> TableCell<S, T> text(Function<T, String> format) {
        return cell(format, Pos.CENTER_LEFT);
    }

    /** For figures, which line up on the right. */
    public static <S, T> TableCell<S, T> figure(Function<T, String> format) {
        return cell(format, Pos.CENTER_RIGHT);
    }

    private static <S, T> TableCell<S, T> cell(Function<T, String> format, Pos alignment) {
        TableCell<S, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
        cell.setAlignment(alignment);
        return cell;
    }
}
