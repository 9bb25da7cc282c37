package org.octopusdesk.report.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.ActualCostDraft;
import org.octopusdesk.domain.conference.BudgetCategory;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.BudgetLineDraft;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.report.pdf.PdfReportWriter;

/** The budget blocks rendered into a PDF in English and French, and read back: categories, totals, the funding. */
class BudgetBlocksTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private Conference bucharest;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        Project octopus = database.projects().create(new ProjectDraft("OCTOPUS", "Octopus Project",
                LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, null, "", List.of(),
                null));
        bucharest = database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "", "Bucharest",
                octopus.id(), ConferenceStatus.HELD, ""));
        var budgets = database.conferenceBudgets();
        budgets.createLine(bucharest.id(), new BudgetLineDraft(BudgetCategory.VENUE, "Palace of the Parliament",
                new BigDecimal("40000"), "EUR", LocalDate.of(2023, 10, 2)));
        BudgetLine travel = budgets.createLine(bucharest.id(), new BudgetLineDraft(BudgetCategory.FUNDED_TRAVEL,
                "Flights", new BigDecimal("30000"), "CAD", LocalDate.of(2023, 10, 2)));
        budgets.addActual(travel.id(), new ActualCostDraft(LocalDate.of(2023, 12, 14), new BigDecimal("14677"),
                "CAD", null), Set.of());
        var japan = database.donors().create(new DonorDraft("Japon–Japan", DonorKind.STATE_PARTY, "Japan", ""));
        var pledge = database.contributions().create(new ContributionDraft(japan.id(), "JP-2023",
                LocalDate.of(2023, 6, 1), new BigDecimal("50000"), "EUR", "", "", List.of(new AllocationDraft(
                        octopus.id(), bucharest.id(), AllocationBasis.SHARE, new BigDecimal("100"), ""))));
        database.contributions().addPayment(pledge.id(), pledge.version(), new PaymentDraft(LocalDate.of(2023, 11, 1),
                new BigDecimal("30000"), null, ""), Set.of());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void printsPlannedAgainstActualByCategoryTheBalanceAndTheFundingInEnglish() throws Exception {
        String text = render("en");

        assertThat(text).contains("Budget", "Planned and actual costs by category (EUR)",
                "Venue 40,000.00 0.00 -40,000.00", "Travel of funded participants 20,927.80 10,000.00 -10,927.80",
                "Total 60,927.80 10,000.00 -50,927.80", "Funded travel",
                "Balance (income − actual costs) 40,000.00", "Planned balance (income − planned costs) -10,927.80",
                "Japon–Japan JP-2023 EUR 50,000.00 30,000.00 20,000.00");
    }

    @Test
    void printsTheSameInFrench() throws Exception {
        String text = render("fr");

        assertThat(text).contains("Coûts prévus et réels par catégorie (EUR)", "Voyages des participants financés",
                "Solde (recettes − coûts réels)", "Financement", "Voyages financés", "Encore attendu (EUR)");
    }

    private String render(String language) throws Exception {
        ReportWords words = new ReportWords(Messages.forLanguage(language), ZoneOffset.UTC);
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        ReportDocument document = new ReportDocument(words.text("report.budget.title"), bucharest.title(), language,
                List.of(), new BudgetBlocks(database.conferenceBudgets()).blocks(bucharest, words),
                words.labels(now, LocalDate.of(2026, 11, 28)), now, LocalDate.of(2026, 11, 28));
        Path pdf = folder.resolve("budget-" + language + ".pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfReportWriter("test").write(document, out, ReportProgress.NONE);
        }
        PdfChecks.assertPdfA(pdf);
        return PdfChecks.text(pdf).replaceAll("\\s+", " ");
    }
}
