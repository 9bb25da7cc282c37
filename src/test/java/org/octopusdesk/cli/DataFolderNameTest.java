package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.octopusdesk.persistence.Database;
import org.octopusdesk.service.StorageException;

/** Issue 9, finding 1: a data folder's name can never smuggle settings (and so SQL) into the database URL. */
class DataFolderNameTest {

    @TempDir
    Path root;
    private final TestCommandLine commandLine = new TestCommandLine();
    private final StringWriter out = commandLine.out;
    private final StringWriter err = commandLine.err;

    private int run(Map<String, String> variables, String... args) {
        return commandLine.run(variables, args);
    }

    private long filesUnderRoot() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> !path.equals(root)).count();
        }
    }

    @Test
    void theProbesInitExploitCreatesNothing() throws IOException {
        String folder = root + "/x/z;INIT=CREATE TABLE IF NOT EXISTS PWNED(X INT)--";

        assertThat(run(Map.of(), "--data-dir", folder, "init")).isEqualTo(1);

        assertThat(err.toString().strip()).isEqualTo("The data folder " + folder + " cannot be used: its path holds "
                + "the character ;, which the database would read as a setting rather than as part of the folder "
                + "name. Choose a folder whose path has no ;; nothing was created.");
        assertThat(out.toString()).isEmpty();
        assertThat(filesUnderRoot()).isZero();
    }

    @Test
    void theProbesFileWriteExploitWritesNothing() throws IOException {
        Path written = root.resolve("x").resolve("written.txt");
        String folder = root + "/x/w;INIT=CALL FILE_WRITE(STRINGTOUTF8('hi'),'" + written + "')--";

        assertThat(run(Map.of(), "--data-dir", folder, "contributions", "list")).isEqualTo(1);

        assertThat(err.toString()).contains("cannot be used: its path holds the character ;");
        assertThat(written).doesNotExist();
        assertThat(filesUnderRoot()).isZero();
    }

    @Test
    void theEnvironmentVariableIsCheckedTheSameWay() throws IOException {
        String folder = root + "/x/z;INIT=CREATE TABLE IF NOT EXISTS PWNED(X INT)--";

        assertThat(run(Map.of(DataFolders.ENVIRONMENT_VARIABLE, folder), "--lang", "fr", "init")).isEqualTo(1);

        assertThat(err.toString()).contains("son chemin contient le caractère ;");
        assertThat(filesUnderRoot()).isZero();
    }

    @Test
    void aSemicolonAloneOrWithAnEmptySettingIsRefusedToo() throws IOException {
        assertThat(run(Map.of(), "--data-dir", root + "/a;b", "init")).isEqualTo(1);
        assertThat(run(Map.of(), "--data-dir", root + "/a;", "init")).isEqualTo(1);
        assertThat(run(Map.of(), "--data-dir", root + "/a;;MODE=MySQL", "init")).isEqualTo(1);
        assertThat(filesUnderRoot()).isZero();
    }

    @Test
    void aLineBreakInThePathIsRefusedAndNotEchoedRaw() throws IOException {
        assertThat(run(Map.of(), "--data-dir", root + "/a\nINIT=x", "init")).isEqualTo(1);

        assertThat(err.toString()).contains("/a?INIT=x").contains("U+000A").doesNotContain("\n" + "INIT");
        assertThat(filesUnderRoot()).isZero();
    }

    @Test
    void theDatabaseLayerRefusesItEvenWhenCalledDirectly() throws IOException {
        Path folder = root.resolve("y;INIT=RUNSCRIPT FROM 'evil.sql'");

        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(StorageException.class)
                .extracting(failure -> ((StorageException) failure).messageKey())
                .isEqualTo("error.storage.unsafeName");
        assertThat(filesUnderRoot()).isZero();
    }

    /** Characters H2 reads specially elsewhere in a URL, or a user may well type: all taken literally here. */
    @ParameterizedTest
    @ValueSource(strings = {"IFEXISTS=TRUE", "memFS:x", "mem:x", "~x", "it's 50% & é", "$HOME#b"})
    void otherCharactersAreTakenLiterally(String name) throws IOException {
        Path folder = root.resolve(name);

        assertThat(run(Map.of(), "--data-dir", folder.toString(), "projects", "list")).as(err.toString()).isZero();

        assertThat(folder.resolve("octopus-desk.mv.db")).isRegularFile();
        try (Stream<Path> databases = Files.walk(root)) {
            assertThat(databases.filter(path -> path.getFileName().toString().endsWith(".mv.db")))
                    .containsExactly(folder.resolve("octopus-desk.mv.db"));
        }
    }
}
