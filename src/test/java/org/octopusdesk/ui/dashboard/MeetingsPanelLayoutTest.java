package org.octopusdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.MeetingsGlance;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The meetings' two sections stand as far apart as the dashboard's others. */
@ExtendWith(ApplicationExtension.class)
class MeetingsPanelLayoutTest {

    private MeetingsPanel panel;

    @Start
    void start(Stage stage) {
        panel = new MeetingsPanel(Messages.forLanguage("en"), meeting -> { });
        stage.setScene(new Scene(new VBox(panel.node()), 600, 400));
        stage.show();
    }

    @Test
    void theNextMeetingsHeadingIsASectionsSpaceUnderTheOverdueActionsAndAHeadingsOverItsOwn() throws Exception {
        double[] gaps = WaitForAsyncUtils.asyncFx(() -> {
            panel.show(new MeetingsGlance(List.of(), List.of()));
            panel.node().applyCss();
            panel.node().getParent().layout();
            Bounds overdue = sceneBounds(panel.node().lookup("#dashboard-overdue-actions"));
            Bounds heading = sceneBounds(panel.node().lookupAll(".title-4").stream()
                    .filter(node -> "Next meetings".equals(((Label) node).getText())).findFirst().orElseThrow());
            Bounds next = sceneBounds(panel.node().lookup("#dashboard-next-meetings"));
            return new double[] {heading.getMinY() - overdue.getMaxY(), next.getMinY() - heading.getMaxY()};
        }).get();

        assertThat(gaps[0]).as("above the heading").isEqualTo(DashboardView.BETWEEN_SECTIONS);
        assertThat(gaps[1]).as("under the heading").isEqualTo(DashboardView.UNDER_A_HEADING);
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
