package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.ChildJvm;

/**
 * Issue 9's generated corpus: mutated ECB files (CSV, XML, ZIP), contributions, spending and treaty chart CSVs, run
 * in a child JVM under -Xmx256m: no crash, no exception but the app's refusal, no partial import, each file in time.
 */
class HostileCorpusTest {

    private static final int ECB_SAMPLES_PER_BASE = 280;
    private static final int CONTRIBUTION_SAMPLES = 280;
    private static final int SPENDING_SAMPLES = 280;
    private static final int TREATY_SAMPLES = 200;

    @TempDir
    Path folder;

    @Test
    void everyMutatedFileIsImportedWholeOrRefusedWithAMessage() throws Exception {
        Process child = ChildJvm.start("256m", HostileCorpusMain.class, folder.toString(),
                String.valueOf(ECB_SAMPLES_PER_BASE), String.valueOf(CONTRIBUTION_SAMPLES),
                String.valueOf(SPENDING_SAMPLES), String.valueOf(TREATY_SAMPLES));
        ChildJvm.killAfter(child, Duration.ofMinutes(4));
        List<String> output;
        try (BufferedReader lines = ChildJvm.output(child)) {
            output = lines.lines().toList();
        }
        assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();

        assertThat(output).filteredOn(line -> line.startsWith("FAIL")).isEmpty();
        assertThat(output).last().asString().matches("ran \\d+ files in \\d+ ms");
        int files = Integer.parseInt(output.get(output.size() - 1).split(" ")[1]);
        assertThat(files).isGreaterThanOrEqualTo(1_000);
        System.out.println("Hostile corpus: " + output.get(output.size() - 1));
        assertThat(child.exitValue()).isZero();
    }
}
