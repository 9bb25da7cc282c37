package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.NotFoundException;

class ErrorReporterTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ErrorReporter reporter = new ErrorReporter(dialogs, Messages.forLanguage("en"),
            Path.of("/data/logs/octopus-desk.log"));

    @Test
    void aRefusalShowsItsOwnMessageWithoutTechnicalDetails() {
        reporter.report(new NotFoundException("7"));

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.message()).startsWith("The record no longer exists");
            assertThat(shown.details()).isNull();
        });
    }

    @Test
    void anUnexpectedFailureIsExplainedPlainlyWithTheDetailsFoldedAway() {
        IllegalStateException bug = new IllegalStateException("NPE in row mapper");

        reporter.report(bug);

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Something went wrong");
            assertThat(shown.message()).contains("/data/logs/octopus-desk.log").doesNotContain("NPE")
                    .doesNotContain("Exception");
            assertThat(shown.details()).isSameAs(bug);
        });
    }

    @Test
    void aPreviewThatFailsUnexpectedlySaysSoPlainlyAndNeverShowsTheTechnicalMessage() {
        ConversionPreview preview = new ConversionPreview(new SameThreadRunner(), reporter, Messages.forLanguage("en"),
                "payment.preview.euro");

        preview.ask(() -> {
            throw new IllegalStateException("Column \"RATE\" not found; SQL statement: SELECT ...");
        }, (Money euros) -> euros, euros -> java.util.Optional.empty());

        assertThat(preview.problemProperty().get()).isTrue();
        assertThat(preview.textProperty().get()).startsWith("Octopus Desk met an unexpected problem here.")
                .doesNotContain("SQL");
        assertThat(dialogs.errors()).isEmpty();
    }
}
