package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.Project;

/**
 * What the application reported as saved survives a killed process: a child JVM saves through the services and
 * is killed with SIGKILL right after a save returned; every project it reported is there on reopening.
 */
class DurabilityTest {

    @TempDir
    Path folder;

    @Test
    void everyReportedSaveSurvivesSigkill() throws Exception {
        Process writer = ChildJvm.start(DurableWriterMain.class, folder.toString());
        Set<String> reported = new LinkedHashSet<>();
        try (BufferedReader output = ChildJvm.output(writer)) {
            String line;
            while ((line = output.readLine()) != null) {
                reported.add(line.substring("saved ".length()));
                if (reported.size() == 300) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still being read
                    writer.toHandle().destroyForcibly();
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue()).as("killed, not finished").isNotZero();
        assertThat(reported).hasSizeGreaterThanOrEqualTo(300);

        try (TestDatabase reopened = new TestDatabase(folder)) {
            Set<String> stored = new LinkedHashSet<>();
            reopened.projects().list().stream().map(Project::code).forEach(stored::add);
            assertThat(stored).containsAll(reported);
            Project last = reopened.projects().list().stream()
                    .filter(project -> project.code().equals("P" + reported.size())).findFirst().orElseThrow();
            assertThat(last.expectedResults()).containsExactly("result " + reported.size());
        }
    }
}
