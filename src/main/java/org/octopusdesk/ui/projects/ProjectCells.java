package org.octopusdesk.ui.projects;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import org.octopusdesk.i18n.Messages;

/** The cell of the time elapsed: a small progress bar with the percentage the language's way. */
final class ProjectCells {

    private ProjectCells() {
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
