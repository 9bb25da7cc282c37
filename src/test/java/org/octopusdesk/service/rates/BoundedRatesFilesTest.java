package org.octopusdesk.service.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.ChildJvm;

/** Rates files of any size are imported or refused within a small heap, never by running out of memory. */
class BoundedRatesFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Duration WATCHDOG = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    /** Runs {@link RatesImportMain} under {@code heap}; its one line of output. */
    private String importInChild(String heap, Path file) throws IOException, InterruptedException {
        Process child = ChildJvm.start(heap, RatesImportMain.class, folder.resolve("data").toString(),
                file.toString());
        ChildJvm.killAfter(child, WATCHDOG);
        try (BufferedReader output = ChildJvm.output(child)) {
            String line = output.readLine();
            assertThat(child.waitFor(WATCHDOG.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("exit code, " + line).isZero();
            return line;
        }
    }

    @Test
    void theFullHistoryAsXmlImportsUnderAHeapOf128Megabytes() throws Exception {
        Path file = folder.resolve("eurofxref-hist.xml");
        int days = SyntheticEcbXml.write(file, LocalDate.of(2026, 11, 27), 1);
        assertThat(Files.size(file)).as("the size of the ECB's own file").isBetween(8_000_000L, 11_000_000L);

        assertThat(importInChild("128m", file))
                .isEqualTo("imported " + days + " " + days * SyntheticEcbXml.ECB_CURRENCIES.size());
    }

    @Test
    void anXmlFileWithMoreRatesThanAnyEcbFileIsRefusedUnderAHeapOf256Megabytes() throws Exception {
        Path file = folder.resolve("many.xml");
        int days = SyntheticEcbXml.write(file, LocalDate.of(2026, 11, 27), 3);
        assertThat(days * 3L * SyntheticEcbXml.ECB_CURRENCIES.size()).isGreaterThan(RateValues.MAX_RATES);
        assertThat(Files.size(file)).isLessThan(EcbRatesReader.MAX_BYTES);

        assertThat(importInChild("256m", file)).isEqualTo("refused error.ratesFile.tooManyRates");
    }

    @Test
    void anEndlessFileIsRefusedOnceItPassesTheSizeLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
                return length;
            }
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> new EcbRatesReader(CurrencyCatalog.load(), TODAY).read("endless.xml", endless))
                .isInstanceOf(RatesFileException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.tooLarge");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aBillionLaughsIsRefusedAsADoctype() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<lolz xmlns=\"" + EcbXmlRates.NAMESPACE + "\"><Cube time=\"2020-10-19\">"
                + "<Cube currency=\"CAD\" rate=\"1.5\"/>&lol3;</Cube></lolz>";

        assertThatThrownBy(() -> new EcbRatesReader(CurrencyCatalog.load(), TODAY).read("lolz.xml",
                new java.io.ByteArrayInputStream(laughs.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.xmlDoctype");
    }
}
