package org.octopusdesk.service.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.ProblemList;
import org.octopusdesk.domain.money.ExchangeRate;

/** The reader on the real ECB files and on broken copies of them. */
class EcbRatesReaderTest {

    private static final CurrencyCatalog CURRENCIES = CurrencyCatalog.load();
    private final EcbRatesReader reader = new EcbRatesReader(CURRENCIES, LocalDate.of(2026, 11, 28));

    @TempDir
    Path folder;

    static byte[] resource(String path) throws IOException {
        try (InputStream in = EcbRatesReaderTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    static byte[] history() throws IOException {
        return resource(RatesService.SHIPPED_HISTORY);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static ExchangeRate find(List<ExchangeRate> rates, String currency, LocalDate date) {
        return rates.stream().filter(rate -> rate.currency().equals(currency) && rate.date().equals(date))
                .findFirst().orElseThrow();
    }

    static byte[] zip(String entryName, byte[]... contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < contents.length; i++) {
                zip.putNextEntry(new ZipEntry(i == 0 ? entryName : "other" + i + ".csv"));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void readsTheWholeHistory() throws IOException {
        List<ExchangeRate> rates = reader.read(write("eurofxref-hist.csv", history()));

        assertThat(rates.stream().map(ExchangeRate::date).distinct().count()).isEqualTo(6983);
        assertThat(find(rates, "CAD", LocalDate.of(2020, 10, 19)).unitsPerEuro()).isEqualByComparingTo("1.5523");
        assertThat(find(rates, "USD", LocalDate.of(1999, 1, 4)).unitsPerEuro()).isEqualByComparingTo("1.1789");
        assertThat(rates).noneMatch(rate -> rate.currency().equals("RUB")
                && rate.date().isAfter(LocalDate.of(2022, 3, 1)));
    }

    @Test
    void readsTheHistoryZipped() throws IOException {
        List<ExchangeRate> rates = reader.read(write("eurofxref-hist.zip", zip("eurofxref-hist.csv", history())));

        assertThat(find(rates, "JPY", LocalDate.of(2020, 10, 19)).unitsPerEuro()).isEqualByComparingTo("124.11");
    }

    @Test
    void readsTheDailyCsvWithItsWrittenDate() throws IOException {
        byte[] daily = resource("/ecb/eurofxref-daily_2026-04-13.csv");

        List<ExchangeRate> rates = reader.read(write("eurofxref.csv", daily));

        assertThat(rates).hasSize(29).allMatch(rate -> rate.date().equals(LocalDate.of(2026, 4, 13)));
        assertThat(find(rates, "IDR", LocalDate.of(2026, 4, 13)).unitsPerEuro())
                .isEqualTo(new BigDecimal("20082.05"));
        assertThat(reader.read(write("eurofxref.zip", zip("eurofxref.csv", daily)))).hasSize(29);
    }

    @Test
    void readsTheDailyXml() throws IOException {
        List<ExchangeRate> rates = reader.read(write("eurofxref-daily.xml",
                resource("/ecb/eurofxref-daily_2017-03-08.xml")));

        assertThat(rates).hasSize(31);
        assertThat(find(rates, "USD", LocalDate.of(2017, 3, 8)).unitsPerEuro()).isEqualByComparingTo("1.0556");
    }

    @Test
    void readsAnXmlHistoryOfSeveralDays() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
                    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                  <gesmes:subject>Reference rates</gesmes:subject>
                  <Cube>
                    <Cube time="2020-10-19">
                      <Cube currency="CAD" rate="1.5523"/><Cube currency="USD" rate="1.1771"/>
                    </Cube>
                    <Cube time="2020-10-16"><Cube currency="CAD" rate="1.5497"/></Cube>
                  </Cube>
                </gesmes:Envelope>
                """;

        List<ExchangeRate> rates = reader.read(write("eurofxref-hist-90d.xml", xml));

        assertThat(rates).hasSize(3);
        assertThat(find(rates, "CAD", LocalDate.of(2020, 10, 16)).unitsPerEuro()).isEqualByComparingTo("1.5497");
    }

    @Test
    void refusesAnXmlWithADoctypeWithoutResolvingIt() throws IOException {
        Path secret = write("secret.txt", "do not read");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<e xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><Cube time=\"2020-10-19\">"
                + "<Cube currency=\"CAD\" rate=\"1.5\"/>&x;</Cube></e>";

        assertThatThrownBy(() -> reader.read(write("evil.xml", xml)))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.xmlDoctype");
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] xml = resource("/ecb/eurofxref-daily_2017-03-08.xml");
        byte[] history = history();

        assertThatThrownBy(() -> reader.read(write("cut.xml", java.util.Arrays.copyOf(xml, xml.length / 2))))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.xmlBroken");
        byte[] zipped = zip("eurofxref-hist.csv", history);
        assertThatThrownBy(() -> reader.read(write("cut.zip", java.util.Arrays.copyOf(zipped, zipped.length / 2))))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.zipBroken");
        String csv = new String(history, StandardCharsets.UTF_8);
        String cut = csv.substring(0, csv.indexOf('\n', 5000) + 20);
        assertThatThrownBy(() -> reader.read(write("cut.csv", cut)))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.columns");
    }

    @Test
    void refusesUnsafeOrUnexpectedZipEntries() throws IOException {
        byte[] daily = resource("/ecb/eurofxref-daily_2026-04-13.csv");

        for (String unsafe : new String[] {"../eurofxref.csv", "/etc/eurofxref.csv", "folder/eurofxref.csv"}) {
            assertThatThrownBy(() -> reader.read(write("unsafe.zip", zip(unsafe, daily)))).as(unsafe)
                    .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.zipUnsafeEntry");
        }
        assertThatThrownBy(() -> reader.read(write("exe.zip", zip("rates.exe", daily))))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.zipUnexpectedEntry");
        assertThatThrownBy(() -> reader.read(write("two.zip", zip("eurofxref.csv", daily, daily))))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.zipSeveralEntries");
    }

    @Test
    void namesTheLineOfEachBadValue() throws IOException {
        assertThatThrownBy(() -> reader.read(write("bad.csv", "Date,CAD,\n2020-10-19,1.5523,\n2020-10-16,-1,\n")))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.ratesFile.badRate");
                    assertThat(refused.arguments()).containsExactly("bad.csv:3, CAD", "-1");
                });
        assertThatThrownBy(() -> reader.read(write("zero.csv", "Date,CAD,\n2020-10-19,0,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.badRate");
        assertThatThrownBy(() -> reader.read(write("text.csv", "Date,CAD,\n2020-10-19,one,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.badRate");
        assertThatThrownBy(() -> reader.read(write("code.csv", "Date,ZZZ,\n2020-10-19,1.5,\n")))
                .isInstanceOfSatisfying(RatesFileException.class,
                        refused -> assertThat(refused.arguments()).containsExactly("code.csv:1", "ZZZ"));
        assertThatThrownBy(() -> reader.read(write("old.csv", "Date,CAD,\n1998-12-31,1.5,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.dateOutOfRange");
        assertThatThrownBy(() -> reader.read(write("future.csv", "Date,CAD,\n2030-01-02,1.5,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.dateOutOfRange");
        assertThatThrownBy(() -> reader.read(write("date.csv", "Date,CAD,\n19/10/2020,1.5,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.badDate");
        assertThatThrownBy(() -> reader.read(write("twice.csv", "Date,CAD,\n2020-10-19,1.5,\n2020-10-19,1.5,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.duplicateDay");
    }

    @Test
    void aCodeInSmallLettersIsTheCodeAndAFileNotInUtf8IsSaidToBeSoOnItsLine() throws IOException {
        assertThat(reader.read(write("small.csv", "Date,cad,\n2020-10-19,1.5523,\n")))
                .extracting(ExchangeRate::currency).containsExactly("CAD");
        assertThatThrownBy(() -> reader.read(write("esc.csv", "Date,CAD,\n2020-10-19,1.\u001b5,\n")))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.ratesFile.controlCharacter");
                    assertThat(refused.arguments()).containsExactly("esc.csv:2, CAD", "U+001B");
                });
        assertThatThrownBy(() -> reader.read(write("twice.csv", "Date,CAD,cad,\n2020-10-19,1.5,1.5,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.duplicateCurrency");
        Path latin1 = write("latin1.csv", "Date,USD,\n2020-10-19,1.17,\n2020-10-16,1.0\u00e9,\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(latin1)).isInstanceOfSatisfying(RatesFileException.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("error.ratesFile.notUtf8");
            assertThat(refused.arguments()).containsExactly("latin1.csv:3");
        });
        Path latin1Xml = write("latin1.xml", ("<gesmes:Envelope "
                + "xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\"\n"
                + "  xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\"><!-- europ\u00e9enne -->\n"
                + "<Cube><Cube time=\"2020-10-19\"><Cube currency=\"CAD\" rate=\"1.5523\"/></Cube></Cube>\n"
                + "</gesmes:Envelope>\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> reader.read(latin1Xml)).isInstanceOfSatisfying(RatesFileException.class,
                refused -> assertThat(refused.arguments()).containsExactly("latin1.xml:2"));
    }

    @Test
    void aDayThatDoesNotExistAndACurrencyNamedTwiceAreRefusedNotGuessed() throws IOException {
        assertThatThrownBy(() -> reader.read(write("daily.csv", "Date,CAD,\n31 February 2020,1.5,\n")))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.ratesFile.badDate");
                    assertThat(refused.arguments()).containsExactly("daily.csv:2", "31 February 2020");
                });
        assertThat(reader.read(write("leap.csv", "Date,CAD,\n29 February 2020,1.5,\n")))
                .extracting(ExchangeRate::date).containsExactly(LocalDate.of(2020, 2, 29));
        assertThatThrownBy(() -> reader.read(write("cad.csv", "Date,CAD,USD,CAD,\n2020-10-19,1.5,1.1,1.6,\n")))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.ratesFile.duplicateCurrency");
                    assertThat(refused.arguments()).containsExactly("cad.csv:1", "CAD");
                });
        String xml = """
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
                    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                  <Cube><Cube time="2020-10-19">
                    <Cube currency="CAD" rate="1.5523"/><Cube currency="CAD" rate="1.6"/>
                  </Cube></Cube>
                </gesmes:Envelope>
                """;
        assertThatThrownBy(() -> reader.read(write("cad.xml", xml)))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.ratesFile.duplicateCurrency");
                    assertThat(refused.arguments()).containsExactly("cad.xml, time=2020-10-19", "CAD");
                });
    }

    @Test
    void namesEveryBadValueOfAFileAndImportsNothingOfIt() throws IOException {
        String csv = "Date,CAD,ZZZ,USD,\n2020-10-19,1.5523,1,1.17,\n2020-10-16,-1,1,one,\n16/10/2020,1.5,1,1.1,\n"
                + "2020-10-19,1.5,1,1.1,\n2020-10-15,1.5,\n2020-10-14,1.55,1,1.18,\n";

        assertThatThrownBy(() -> reader.read(write("many.csv", csv)))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.ratesFile.problems");
                    assertThat(refused.arguments()).hasSize(3).startsWith("many.csv", 6);
                    ProblemList problems = (ProblemList) refused.arguments().get(2);
                    assertThat(problems.notShown()).isZero();
                    assertThat(problems.shown()).extracting(DomainException::messageKey).containsExactly(
                            "error.ratesFile.unknownCurrency", "error.ratesFile.badRate", "error.ratesFile.badRate",
                            "error.ratesFile.badDate", "error.ratesFile.duplicateDay", "error.ratesFile.columns");
                    assertThat(problems.shown()).extracting(problem -> problem.arguments().get(0)).containsExactly(
                            "many.csv:1", "many.csv:3, CAD", "many.csv:3, USD", "many.csv:4", "many.csv:5",
                            "many.csv:6");
                });
    }

    @Test
    void tellsTheFirstTenBadValuesAndCountsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("Date,CAD,\n");
        for (int day = 1; day <= 25; day++) {
            csv.append(LocalDate.of(2020, 1, day)).append(",0,\n");
        }

        assertThatThrownBy(() -> reader.read(write("zeros.csv", csv.toString())))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.arguments().get(1)).isEqualTo(25);
                    ProblemList problems = (ProblemList) refused.arguments().get(2);
                    assertThat(problems.shown()).hasSize(ProblemList.SHOWN);
                    assertThat(problems.notShown()).isEqualTo(15);
                    assertThat(problems.shown().get(9).arguments()).containsExactly("zeros.csv:11, CAD", "0");
                });
    }

    @Test
    void namesEveryBadValueOfAnXmlFile() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
                    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                  <Cube>
                    <Cube time="2020-10-19"><Cube currency="USD" rate="1.17"/><Cube currency="CAD" rate="x"/></Cube>
                    <Cube time="19/10/2020"><Cube currency="USD" rate="oops"/></Cube>
                    <Cube time="2020-10-19"><Cube currency="USD" rate="1.17"/></Cube>
                    <Cube time="2020-10-16"><Cube currency="ZZZ" rate="1.17"/><Cube currency="USD" rate="0"/></Cube>
                  </Cube>
                </gesmes:Envelope>
                """;

        assertThatThrownBy(() -> reader.read(write("many.xml", xml)))
                .isInstanceOfSatisfying(RatesFileException.class, refused -> {
                    assertThat(refused.arguments()).startsWith("many.xml", 5);
                    ProblemList problems = (ProblemList) refused.arguments().get(2);
                    assertThat(problems.shown()).extracting(problem -> problem.arguments().get(0)).containsExactly(
                            "many.xml, time=2020-10-19, CAD", "many.xml, time=19/10/2020",
                            "many.xml, time=2020-10-19", "many.xml, time=2020-10-16",
                            "many.xml, time=2020-10-16, USD");
                });
    }

    @Test
    void refusesWhatIsNoRatesFileAtAll() throws IOException {
        assertThatThrownBy(() -> reader.read(write("empty.csv", "")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.empty");
        assertThatThrownBy(() -> reader.read(write("letter.txt", "Dear donor,")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.unknownFormat");
        assertThatThrownBy(() -> reader.read(write("header.csv", "Date,CAD,\n")))
                .hasFieldOrPropertyWithValue("messageKey", "error.ratesFile.noRates");
    }
}
