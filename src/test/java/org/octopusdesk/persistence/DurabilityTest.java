package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.contributions.ContributionQuery;

/**
 * What the application reported as saved survives a killed process: a child JVM saves through the services and is
 * killed with SIGKILL right after a save returned (or in the middle of an import); on reopening, every save it
 * reported is there, an unfinished import left nothing, and the check finds every derived figure in step. A child
 * that hangs is killed by a watchdog, so the test fails instead of holding up the build.
 */
class DurabilityTest {

    private static final Duration WATCHDOG = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void everyReportedSaveSurvivesSigkill() throws Exception {
        Set<String> reported = runAndKillAfter(300, "projects");

        try (TestDatabase reopened = new TestDatabase(folder)) {
            Set<String> stored = new LinkedHashSet<>();
            reopened.projects().list().stream().map(Project::code).forEach(stored::add);
            assertThat(stored).containsAll(reported);
            Project last = reopened.projects().list().stream()
                    .filter(project -> project.code().equals("P" + reported.size())).findFirst().orElseThrow();
            assertThat(last.expectedResults()).containsExactly("result P" + reported.size());
        }
    }

    @Test
    void everyAcknowledgedPaymentSurvivesSigkillWithItsPartsAndSummaries() throws Exception {
        Set<String> reported = runAndKillAfter(150, "payments");

        try (TestDatabase reopened = new TestDatabase(folder)) {
            var details = reopened.contributions().details(reopened.contributions().findByReference("D-1")
                    .orElseThrow().id());
            assertThat(details.payments().size()).isGreaterThanOrEqualTo(reported.size());
            assertThat(details.contribution().paymentCount()).isEqualTo(details.payments().size());
            assertThat(reopened.dataCheck().check(share -> { }).differences()).as("no drift").isEmpty();
        }
    }

    @Test
    void anImportKilledHalfwayLeavesNothingAndNoDrift() throws Exception {
        Process writer = ChildJvm.start(DurableWriterMain.class, folder.toString(), "import");
        ChildJvm.killAfter(writer, WATCHDOG);
        try (BufferedReader output = ChildJvm.output(writer)) {
            assertThat(output.readLine()).isEqualTo("importing");
            Thread.sleep(1_500);
            writer.toHandle().destroyForcibly();
            assertThat(output.readLine()).as("killed before the import finished").isNull();
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (TestDatabase reopened = new TestDatabase(folder)) {
            assertThat(reopened.contributions().page(ContributionQuery.all(), 0, 10).total()).isZero();
            assertThat(reopened.dataCheck().check(share -> { }).agrees()).isTrue();
            assertThat(reopened.fetchValue("SELECT COUNT(*) FROM payment_part", Integer.class)).isZero();
        }
    }

    /** Starts the writer in {@code mode}, kills it once it reported {@code saves} saves, returns what it reported. */
    private Set<String> runAndKillAfter(int saves, String mode) throws Exception {
        Process writer = ChildJvm.start(DurableWriterMain.class, folder.toString(), mode);
        ChildJvm.killAfter(writer, WATCHDOG);
        Set<String> reported = new LinkedHashSet<>();
        try (BufferedReader output = ChildJvm.output(writer)) {
            String line;
            while ((line = output.readLine()) != null) {
                reported.add(line.substring("saved ".length()));
                if (reported.size() == saves) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still being read
                    writer.toHandle().destroyForcibly();
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as("killed, not finished").isNotZero();
        assertThat(reported).as("killed by the test, not by the watchdog").hasSizeGreaterThanOrEqualTo(saves);
        return reported;
    }
}
