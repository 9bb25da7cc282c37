package org.octopusdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and French bundles say the same things: same keys, same placeholders, and every key the code uses. */
class BundlesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/octopusdesk/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        assertThat(load("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void eachTranslationUsesTheSamePlaceholders() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(french.getProperty(key))).as(key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void noTranslationUsesAStraightApostropheInAPattern() throws IOException {
        // MessageFormat would swallow it and the text after it.
        for (String bundle : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                if (text.contains("{0}")) {
                    assertThat(text).as(bundle + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void frenchGuillemetsHoldTheirWordsWithNoBreakingSpaces() throws IOException {
        // A plain space let a line end on a lone « ("… Ajoutez-en un avec «" / "Ajouter un point »").
        Properties french = load("messages_fr.properties");
        for (String key : french.stringPropertyNames()) {
            assertThat(french.getProperty(key)).as(key).doesNotContain("« ", " »", "«\n", "\n»");
        }
    }

    @Test
    void everyLiteralKeyInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        // Keys passed to text(…), to a FieldError or exception, named by an area, or given to a menu entry.
        Pattern call = Pattern.compile("(?:text|FieldError\\.of\\([^,]+,|Exception\\(|nameKey\\(\\)\\s*\\{\\s*return"
                + "|MenuSection\\.[A-Z_]+,)\\s*\\(?\"([a-z]+(?:\\.[a-zA-Z_]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = call.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
