package org.octopusdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.EuroEstimate;
import org.octopusdesk.service.contributions.MoneySummary;
import org.octopusdesk.service.contributions.Receipts;
import org.octopusdesk.ui.common.StackedBarCanvas;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The money panel fits the width it is given: in a narrow window its tiles wrap and the largest donors go under the
 * receipts by project, so nothing is cut at the window's edge; in a wide one the donors stand beside them.
 */
@ExtendWith(ApplicationExtension.class)
class MoneyPanelLayoutTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private MoneyPanel panel;
    private ScrollPane scroll;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        panel = new MoneyPanel(Messages.forLanguage("en"));
        scroll = new ScrollPane(panel.node());
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 660, 900));
        stage.show();
    }

    @Test
    void narrowTheDonorsGoUnderTheProjectsAndNothingPassesTheEdgeWideTheyStandBeside() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> panel.show(summary())).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                panel.node().lookup("#money-chart." + StackedBarCanvas.DRAWN) != null
                        && panel.node().lookup("#money-by-project." + MoneyPanel.ALL_ROWS) != null).get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> panel.node().getLayoutBounds().getWidth()))
                .as("the panel within the view port").isLessThanOrEqualTo(fx(() -> scroll.getViewportBounds()
                        .getWidth()) + 0.5);
        assertThat(fx(() -> inScene("#money-top-donors").getMinY()))
                .as("the donors under the projects").isGreaterThan(fx(() -> inScene("#money-by-project").getMaxY()));
        assertThat(fx(() -> inScene("#money-top-donors").getWidth())).as("the donors as wide as the projects")
                .isEqualTo(fx(() -> inScene("#money-by-project").getWidth()));
        assertThat(fx(() -> inScene("#money-outstanding").getMinY())).as("the third tile under the first two")
                .isGreaterThan(fx(() -> inScene("#money-this-year").getMaxY()));

        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(1300)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> inScene("#money-top-donors").getMinY()
                < inScene("#money-by-project").getMaxY()));
        assertThat(fx(() -> inScene("#money-top-donors").getMinX())).as("the donors beside the projects")
                .isGreaterThan(fx(() -> inScene("#money-by-project").getMaxX()));
        assertThat(fx(() -> inScene("#money-outstanding").getMinY())).as("the tiles in a row")
                .isEqualTo(fx(() -> inScene("#money-this-year").getMinY()));
    }

    private Bounds inScene(String selector) {
        Node node = panel.node().lookup(selector);
        return node.localToScene(node.getLayoutBounds());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Two projects and five donors, with amounts in the millions. */
    private static MoneySummary summary() {
        List<Receipts.ByProject> projects = List.of(
                new Receipts.ByProject(new ProjectId(1), "C@O", "Cybercrime@Octopus", new BigDecimal("2369499.67")),
                new Receipts.ByProject(new ProjectId(2), "OCTOPUS", "Octopus Project", new BigDecimal("251051.34")));
        Receipts receipts = new Receipts(projects, BigDecimal.ZERO, new BigDecimal("120000.00"));
        List<Receipts.ByYearAndDonor> byYear = new ArrayList<>();
        for (int donor = 1; donor <= 5; donor++) {
            byYear.add(new Receipts.ByYearAndDonor(2024, new DonorId(donor),
                    "Donor " + donor + " (Ministry of Justice and Security)", BigDecimal.valueOf(donor * 412_345L)));
        }
        return new MoneySummary(AS_OF, receipts, receipts, List.of(), new EuroEstimate(BigDecimal.ZERO, AS_OF, AS_OF,
                List.of(), false), Receipts.topDonors(byYear, 5), byYear, List.of(), 0);
    }
}
