package org.octopusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void controlsAndDirectionOverridesAreNamedTabsLineBreaksAndDirectionMarksAreTaken() {
        assertThat(ControlCharacters.first("Bell\u0007 esc\u001b[2J")).contains("U+0007");
        assertThat(ControlCharacters.first("Ministry \u202Etnemyap")).contains("U+202E");
        assertThat(ControlCharacters.first("a\u2066b")).contains("U+2066");
        assertThat(ControlCharacters.first("line one\nline two\twith a tab\r\n")).isEmpty();
        assertThat(ControlCharacters.first("وزارة\u200Fالعدل \u200E")).as("marks of direction").isEmpty();
    }
}
