package org.octopusdesk.ui.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.octopusdesk.i18n.Messages;

/** Table cells that show dates, numbers and progress the way the language writes them. */
final class ProjectCells {

    private ProjectCells() {
    }

    static <S> TableCell<S, LocalDate> date(Messages messages) {
        return new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : messages.date(date));
            }
        };
    }

    static <S> TableCell<S, Long> number(Messages messages) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Long number, boolean empty) {
                super.updateItem(number, empty);
                setText(empty || number == null ? null : messages.number(number));
                setAlignment(Pos.CENTER_RIGHT);
            }
        };
    }

    static <S> TableCell<S, BigDecimal> progress(Messages messages) {
        return new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label label = new Label();
            private final HBox box = new HBox(6, bar, label);

            {
                bar.setPrefWidth(60);
                bar.setMaxHeight(8);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(BigDecimal percent, boolean empty) {
                super.updateItem(percent, empty);
                if (empty || percent == null) {
                    setGraphic(null);
                } else {
                    bar.setProgress(percent.doubleValue() / 100);
                    label.setText(messages.percent(percent));
                    setGraphic(box);
                }
            }
        };
    }
}
