package org.octopusdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A count reads as a person would write it: "1 line", "2 lines", « 0 ligne », never "line(s)". */
class PluralsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private final Messages english = Messages.forLanguage("en");
    private final Messages french = Messages.forLanguage("fr");

    @Test
    void noMessageLeavesThePluralToTheReader() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                // "Président(e)" names a role for either sex, as French writes it; "(s)" is a count not worked out.
                assertThat(properties.getProperty(key)).as(bundle + " " + key).doesNotContain("(s)", "(es)");
            }
        }
    }

    @Test
    void everyPluralFormatsWhateverTheCount() throws IOException {
        Properties keys = load("messages.properties");
        for (String key : keys.stringPropertyNames()) {
            if (!keys.getProperty(key).contains(",choice,")) {
                continue;
            }
            int arguments = highestArgument(keys.getProperty(key)) + 1;
            for (int count : new int[] {0, 1, 2, 1234}) {
                Object[] counts = new Object[arguments];
                java.util.Arrays.fill(counts, count);
                for (Messages messages : new Messages[] {english, french}) {
                    assertThatCode(() -> assertThat(messages.text(key, counts)).doesNotContain("{", "}"))
                            .as(key + " with " + count).doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void oneIsSingularInEnglishAndZeroAndOneInFrench() {
        assertThat(english.text("spending.total", 0, "EUR 0.00")).isEqualTo("0 lines shown: EUR 0.00");
        assertThat(english.text("spending.total", 1, "EUR 5.00")).isEqualTo("1 line shown: EUR 5.00");
        assertThat(english.text("spending.total", 1234, "EUR 5.00")).isEqualTo("1,234 lines shown: EUR 5.00");
        assertThat(french.text("spending.total", 0, "EUR 0,00")).isEqualTo("0 ligne affichée : EUR 0,00");
        assertThat(french.text("spending.total", 1, "EUR 5,00")).isEqualTo("1 ligne affichée : EUR 5,00");
        assertThat(french.text("spending.total", 2, "EUR 5,00")).isEqualTo("2 lignes affichées : EUR 5,00");
    }

    @Test
    void theVerbAndTheWordsAroundAgreeWithTheCount() {
        assertThat(english.text("error.project.hasContributions", "Octopus Project", 1))
                .isEqualTo("1 contribution is earmarked to “Octopus Project”: change its earmark first.");
        assertThat(english.text("error.project.hasContributions", "Octopus Project", 7))
                .isEqualTo("7 contributions are earmarked to “Octopus Project”: change their earmarks first.");
        assertThat(french.text("error.conference.hasBudget", "Octopus 2027", 1))
                .isEqualTo("«\u00a0Octopus 2027\u00a0» a 1 ligne de budget : supprimez-la d’abord.");
        assertThat(english.text("agenda.delete.question", "3", "Opening", 0))
                .isEqualTo("Delete item 3, “Opening”? The items after it move up.");
        assertThat(french.text("agenda.delete.question", "3", "Ouverture", 2))
                .isEqualTo("Supprimer le point 3, «\u00a0Ouverture\u00a0», et ses 2 décisions ? "
                        + "Les points suivants remontent.");
    }

    private static int highestArgument(String pattern) {
        int highest = 0;
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PluralsTest.class.getResourceAsStream("/org/octopusdesk/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
