package org.octopusdesk.persistence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;

/**
 * Child process of {@link DurabilityTest}: saves projects through the service as fast as it can and reports each
 * one only after the save returned, until it is killed.
 */
public final class DurableWriterMain {

    private DurableWriterMain() {
    }

    public static void main(String[] args) {
        TestDatabase database = new TestDatabase(Path.of(args[0]));
        for (int i = 1; i < 1_000_000; i++) {
            String code = "P" + i;
            database.projects().create(new ProjectDraft(code, "Project " + i, LocalDate.of(2021, 1, 1),
                    LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, null, "", List.of("result " + i), null));
            System.out.println("saved " + code);
            System.out.flush();
        }
    }
}
