package org.octopusdesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

class TimelineViewModelTest {

    @TempDir
    Path folder;

    @Test
    void fitsEveryProjectAndTodayThenZoomsByYear() {
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            database.sampleData().load();
            TimelineViewModel timeline = new TimelineViewModel(database.projects(), new SameThreadRunner(),
                    new ErrorReporter(new ScriptedDialogs(), Messages.forLanguage("en"), folder.resolve("log")));

            timeline.reload();

            assertThat(timeline.projects()).hasSize(2);
            assertThat(timeline.projects().get(0).amendments()).hasSize(1);
            assertThat(timeline.years()).startsWith(2014).endsWith(2026);

            timeline.zoomIn();
            assertThat(timeline.years()).startsWith(2015).endsWith(2025);
            timeline.shift(-2);
            assertThat(timeline.years()).startsWith(2013).endsWith(2023);
            timeline.zoomOut();
            assertThat(timeline.years()).startsWith(2012).endsWith(2024);
            for (int i = 0; i < 10; i++) {
                timeline.zoomIn();
            }
            assertThat(timeline.years()).hasSize(1);
            timeline.fitAll();
            assertThat(timeline.years()).startsWith(2014).endsWith(2026);
        }
    }
}
