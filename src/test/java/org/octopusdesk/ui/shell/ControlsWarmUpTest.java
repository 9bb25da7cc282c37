package org.octopusdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.octopusdesk.ui.common.StackedBarCanvas;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The warm-up builds, styles and lays out its sample away from the FX thread, while the toolkit runs a window
 * (decision 0040): every control gets its skin there, the table its rows' cells, and no round fails.
 */
@ExtendWith(ApplicationExtension.class)
class ControlsWarmUpTest {

    private static final List<String> STYLESHEETS = List.of(
            ControlsWarmUpTest.class.getResource("/org/octopusdesk/ui/octopus-desk.css").toExternalForm());

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new javafx.scene.control.Label("A window the toolkit runs meanwhile"), 300, 100));
        stage.show();
    }

    @Test
    void everyRoundRunsAwayFromTheFxThread() {
        assertThat(Platform.isFxApplicationThread()).isFalse();

        assertThat(ControlsWarmUp.run(STYLESHEETS, java.util.Locale.FRENCH)).isTrue();
    }

    @Test
    void theSampleGetsEveryControlsSkinAndTheTablesCells() {
        Scene scene = ControlsWarmUp.styled(STYLESHEETS);

        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes);
        List<Control> controls = nodes.stream().filter(Control.class::isInstance).map(Control.class::cast).toList();
        assertThat(controls).extracting(control -> control.getClass().getSimpleName())
                .contains("TableView", "ListOnOpenComboBox", "ListOnOpenSearchableComboBox", "CheckComboBox",
                        "DatePicker", "Spinner", "TextArea", "SplitPane", "TabPane", "ChoiceBox", "PasswordField",
                        "ToggleButton", "ProgressIndicator");
        assertThat(controls).allSatisfy(control -> assertThat(control.getSkin()).as(control.toString()).isNotNull());
        TableView<?> table = (TableView<?>) controls.stream().filter(TableView.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(table.lookupAll(".table-row-cell")).isNotEmpty();
        // The dashboard's chart, laid out and drawn: its drawing code has run.
        Node stacked = nodes.stream().filter(StackedBarCanvas.class::isInstance).findFirst().orElseThrow();
        assertThat(stacked.getStyleClass()).contains(StackedBarCanvas.DRAWN);
        assertThat(nodes).extracting(node -> node.getClass().getSimpleName())
                .contains("LineChart", "BarChart", "PieChart");
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }
}
