package org.octopusdesk.ui.common;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Table cells that show a value as the language writes it. A cell too narrow for its text ("United King…") shows the
 * whole text as its tooltip, so nothing is ever out of reach for lack of width.
 */
public final class Cells {

    private Cells() {
    }

    public static <S, T> TableCell<S, T> text(Function<T, String> format) {
        return new FullTextCell<>(format, Pos.CENTER_LEFT);
    }

    /** A cell of text shown as it is. */
    public static <S> TableCell<S, String> plain() {
        return text(Function.identity());
    }

    /** For figures, which line up on the right. */
    public static <S, T> TableCell<S, T> figure(Function<T, String> format) {
        return new FullTextCell<>(format, Pos.CENTER_RIGHT);
    }

    /** True when a cell (or any label) shows less than its text: the skin cut it to fit with an ellipsis. */
    public static boolean isCut(Labeled cell) {
        String full = cell.getText();
        Node shown = cell.lookup(".text");
        return full != null && !full.isEmpty() && shown instanceof Text text && !full.equals(text.getText());
    }

    /** A cell whose tooltip is its full text while the text does not fit. */
    private static final class FullTextCell<S, T> extends TableCell<S, T> {

        private final Function<T, String> format;
        /**
         * Made the first time this cell's text is cut: a tooltip is a popup window with a scene of its own, and a
         * table's first page makes a cell for every column of every visible row (decision 0040).
         */
        private Tooltip fullText;

        FullTextCell(Function<T, String> format, Pos alignment) {
            this.format = format;
            setAlignment(alignment);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : format.apply(item));
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // The skin decides the cut while it lays the text out: look once it has.
            if (isCut(this)) {
                if (fullText == null) {
                    fullText = new Tooltip();
                }
                fullText.setText(getText());
                if (getTooltip() != fullText) {
                    setTooltip(fullText);
                }
            } else if (getTooltip() != null) {
                setTooltip(null);
            }
        }
    }
}
