package org.octopusdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The screens' classes are found where the application's came from, loaded and linked, and not initialised. */
class ClassesAheadTest {

    private static final AtomicBoolean MARKER_INITIALISED = new AtomicBoolean();

    @Test
    void theScreensClassesAreListedFromWhereTheApplicationCameFrom() {
        List<String> names = ClassesAhead.ownClassNames();

        assertThat(names).contains(MainWindow.class.getName(), "org.octopusdesk.domain.money.Money",
                "org.octopusdesk.i18n.Messages", "org.octopusdesk.service.rates.RatesService");
        assertThat(names).noneMatch(name -> name.startsWith("org.octopusdesk.cli.")
                || name.startsWith("org.octopusdesk.persistence.") || name.startsWith("org.octopusdesk.report."));
    }

    @Test
    void onlyTheScreensPackagesClassFilesAreNamed() {
        assertThat(ClassesAhead.binaryName("org/octopusdesk/ui/shell/MainWindow$1.class"))
                .contains("org.octopusdesk.ui.shell.MainWindow$1");
        assertThat(ClassesAhead.binaryName("org/octopusdesk/ui/package-info.class")).isEmpty();
        assertThat(ClassesAhead.binaryName("module-info.class")).isEmpty();
        assertThat(ClassesAhead.binaryName("org/octopusdesk/ui/octopus-desk.css")).isEmpty();
        assertThat(ClassesAhead.binaryName("org/octopusdesk/cli/Main.class")).isEmpty();
    }

    @Test
    void aClassIsLoadedWithoutItsStaticSetUpAndOneThatCannotBeIsSkipped() throws Exception {
        String marker = Marker.class.getName();

        int loaded = ClassesAhead.load(getClass().getClassLoader(),
                List.of("org.octopusdesk.ui.NoSuchScreen", marker));

        assertThat(loaded).isEqualTo(1);
        assertThat(MARKER_INITIALISED).as("its static set-up waits for its first use").isFalse();
        Class.forName(marker, true, getClass().getClassLoader());
        assertThat(MARKER_INITIALISED).isTrue();
    }

    /** A class whose static set-up says when it ran. */
    static final class Marker {
        static {
            MARKER_INITIALISED.set(true);
        }

        private Marker() {
        }
    }
}
