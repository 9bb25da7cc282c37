package org.octopusdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.service.conferences.ConferenceSamples;
import org.octopusdesk.service.conferences.ConferenceService;
import org.octopusdesk.service.contributions.ContributionFiles;
import org.octopusdesk.service.contributions.ContributionImportReport;
import org.octopusdesk.service.countries.TreatyService;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.service.meetings.BureauSamples;
import org.octopusdesk.service.meetings.BureauService;
import org.octopusdesk.service.meetings.MeetingSamples;
import org.octopusdesk.service.meetings.MeetingService;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.service.spending.SpendingFiles;

/**
 * Loads the sample data shipped with the application (resources {@code org/octopusdesk/sample}) through the
 * same services as a person's input, so it obeys every rule. All of it is loaded, or nothing.
 */
public class SampleDataService {

    private static final String FOLDER = "/org/octopusdesk/sample/";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final ProjectService projects;
    private final DonorService donors;
    private final ContributionFiles contributions;
    private final RatesService rates;
    private final Transactions transactions;
    private final SpendingFiles spending;
    private final TreatyService treaties;
    private final MeetingSamples meetings;
    private final BureauSamples bureau;
    private final ConferenceSamples conferences;

    public SampleDataService(ProjectService projects, DonorService donors, ContributionFiles contributions,
            RatesService rates, Transactions transactions, SpendingFiles spending, TreatyService treaties,
            MeetingService meetings, org.octopusdesk.service.meetings.MeetingDocumentService meetingDocuments,
            BureauService bureau, ConferenceService conferences) {
        this.conferences = new ConferenceSamples(conferences);
        this.treaties = treaties;
        this.meetings = new MeetingSamples(meetings, meetingDocuments);
        this.bureau = new BureauSamples(bureau);
        this.projects = projects;
        this.donors = donors;
        this.contributions = contributions;
        this.rates = rates;
        this.transactions = transactions;
        this.spending = spending;
    }

    /**
     * What was loaded, for the messages of the window and the command line.
     *
     * @param expenditures the illustrative expenditure lines (spending is not public: see the sample's README)
     * @param treatyLines the lines of the shipped treaty chart (ETS 185, ETS 189, CETS 224)
     * @param meetings the T-CY plenaries and Protocol Drafting Plenaries of the reference file
     * @param conferences the Octopus Conference editions of the same file
     */
    public record Loaded(int projects, int amendments, int donors, int contributions, int payments,
            int expenditures, int treatyLines, int meetings, int conferences) {
    }

    /**
     * Loads the sample into an empty database; refuses to mix it with a person's own records. The sample's
     * payments are converted at ECB rates: the shipped history is loaded first when the database has no rates.
     */
    public Loaded load() {
        if (!rates.hasRates()) {
            rates.importShippedHistory(share -> { });
        }
        return transactions.inTransaction(() -> {
            if (!projects.isEmpty() || !donors.list().isEmpty()) {
                throw new org.octopusdesk.domain.DomainException("error.sample.notEmpty");
            }
            Map<String, List<String>> results = readExpectedResults();
            Map<String, Project> created = new HashMap<>();
            for (CSVRecord row : read("projects.csv")) {
                String predecessorCode = row.get("predecessor_code");
                ProjectId predecessor = predecessorCode.isEmpty() ? null : created.get(predecessorCode).id();
                ProjectDraft draft = new ProjectDraft(row.get("code"), row.get("name"),
                        LocalDate.parse(row.get("start")), LocalDate.parse(row.get("end")),
                        ProjectStatus.valueOf(row.get("status")),
                        row.get("budget_eur").isEmpty() ? null : new BigDecimal(row.get("budget_eur")),
                        row.get("description") + "\n\nSource: " + row.get("source"),
                        results.getOrDefault(row.get("code"), List.of()), predecessor);
                created.put(draft.code(), projects.create(draft));
            }
            int amendments = 0;
            for (CSVRecord row : read("project_amendments.csv")) {
                Project project = projects.get(created.get(row.get("code")).id());
                projects.amend(project.id(), project.version(), new AmendmentDraft(LocalDate.parse(row.get("new_end")),
                        LocalDate.parse(row.get("decided_on")), row.get("reason")));
                amendments++;
            }
            int donorCount = 0;
            for (CSVRecord row : read("donors.csv")) {
                donors.create(new DonorDraft(row.get("name"), DonorKind.valueOf(row.get("kind")), row.get("country"),
                        row.get("contact_notes") + "\nSource: " + row.get("source")));
                donorCount++;
            }
            ContributionImportReport money = contributions.importText(resourceText("contributions.csv"),
                    "contributions.csv", false);
            int expenditures = spending.importText(resourceText("spending.csv"), "spending.csv").imported();
            int treatyLines = treaties.importText(resourceText("treaty_chart.csv"), "treaty_chart.csv");
            bureau.load();
            return new Loaded(created.size(), amendments, donorCount, money.pledges(), money.payments(),
                    expenditures, treatyLines, meetings.load(), conferences.load());
        });
    }

    private Map<String, List<String>> readExpectedResults() {
        Map<String, List<String>> results = new LinkedHashMap<>();
        for (CSVRecord row : read("project_expected_results.csv")) {
            results.computeIfAbsent(row.get("code"), code -> new ArrayList<>()).add(row.get("text"));
        }
        return results;
    }

    private static String resourceText(String file) {
        try (InputStream in = SampleDataService.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("sample file missing from the application: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = SampleDataService.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("sample file missing from the application: " + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return FORMAT.parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
