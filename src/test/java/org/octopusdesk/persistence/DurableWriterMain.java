package org.octopusdesk.persistence;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;

/**
 * Child process of {@link DurabilityTest}: saves through the services as fast as it can and reports each save only
 * after it returned, until it is killed. {@code projects} saves projects; {@code payments} records payments of a
 * pledge earmarked 60/40 (each with its parts and summaries); {@code import} imports a large contributions file,
 * saying "importing" just before.
 */
public final class DurableWriterMain {

    /** Pledges in the file of the import mode: enough for the import to take far longer than the test waits. */
    static final int IMPORTED_PLEDGES = 20_000;

    private DurableWriterMain() {
    }

    public static void main(String[] args) throws IOException {
        TestDatabase database = new TestDatabase(Path.of(args[0]));
        switch (args.length > 1 ? args[1] : "projects") {
            case "payments" -> payments(database);
            case "import" -> importFile(database, Path.of(args[0]).resolve("big.csv"));
            default -> projects(database);
        }
    }

    private static void projects(TestDatabase database) {
        for (int i = 1; i < 1_000_000; i++) {
            String code = "P" + i;
            database.projects().create(project(code));
            report("saved " + code);
        }
    }

    private static void payments(TestDatabase database) {
        Contribution pledge = database.contributions().create(new ContributionDraft(donor(database).id(), "D-1",
                LocalDate.of(2020, 1, 1), new BigDecimal("100000000"), "EUR", "", "", earmarks(database)));
        for (int i = 1; i < 1_000_000; i++) {
            pledge = database.contributions().addPayment(pledge.id(), pledge.version(), new PaymentDraft(
                    LocalDate.of(2020, 1, 1).plusDays(i % 2_000), new BigDecimal("1.01"), null, "no. " + i),
                    java.util.Set.of());
            report("saved " + i);
        }
    }

    private static void importFile(TestDatabase database, Path file) throws IOException {
        donor(database);
        earmarks(database);
        StringBuilder csv = new StringBuilder("record,reference,donor,date,amount,currency,project,share_percent\n");
        for (int i = 1; i <= IMPORTED_PLEDGES; i++) {
            csv.append("pledge,I-").append(i).append(",Japan,2021-03-01,1000.01,EUR,,\n")
                    .append("allocation,I-").append(i).append(",,,,,C@O,60\n")
                    .append("allocation,I-").append(i).append(",,,,,OCTOPUS,40\n")
                    .append("payment,I-").append(i).append(",,2021-04-01,1000.01,EUR,,\n");
        }
        Files.writeString(file, csv);
        report("importing");
        database.contributionFiles().importFile(file, false);
        report("imported");
    }

    private static Donor donor(TestDatabase database) {
        return database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
    }

    private static List<AllocationDraft> earmarks(TestDatabase database) {
        Project first = database.projects().create(project("C@O"));
        Project second = database.projects().create(project("OCTOPUS"));
        return List.of(new AllocationDraft(first.id(), AllocationBasis.SHARE, new BigDecimal("60"), ""),
                new AllocationDraft(second.id(), AllocationBasis.SHARE, new BigDecimal("40"), ""));
    }

    private static ProjectDraft project(String code) {
        return new ProjectDraft(code, "Project " + code, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31),
                ProjectStatus.RUNNING, null, "", List.of("result " + code), null);
    }

    private static void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
