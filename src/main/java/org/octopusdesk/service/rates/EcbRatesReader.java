package org.octopusdesk.service.rates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.octopusdesk.service.UnreadableFile;
import org.octopusdesk.service.csv.NotUtf8;

/**
 * Reads any of the files the ECB publishes: {@code eurofxref-hist.csv}, {@code eurofxref.csv} and their ZIPs,
 * {@code eurofxref-daily.xml}, {@code eurofxref-hist-90d.xml}, {@code eurofxref-hist.xml}. The whole file is
 * checked before anything is returned.
 */
public final class EcbRatesReader {

    /**
     * Larger than the full history (about 2 MB as CSV, 10 MB as XML); anything bigger is no ECB file. The file is
     * held in memory once (a ZIP's entry too), and an XML one is parsed as a stream from there, so an import needs
     * a few times this at most whatever is offered.
     */
    static final int MAX_MEGABYTES = 32;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024;

    private final CurrencyCatalog currencies;
    private final LocalDate today;

    public EcbRatesReader(CurrencyCatalog currencies, LocalDate today) {
        this.currencies = currencies;
        this.today = today;
    }

    public List<org.octopusdesk.domain.money.ExchangeRate> read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        } catch (IOException e) {
            throw new RatesFileException(UnreadableFile.reason(file), file.toString());
        }
    }

    public List<org.octopusdesk.domain.money.ExchangeRate> read(String name, InputStream in) throws IOException {
        byte[] content = readLimited(in, name);
        if (isZip(content)) {
            return readZip(name, content);
        }
        return readPlain(name, content);
    }

    private List<org.octopusdesk.domain.money.ExchangeRate> readPlain(String name, byte[] content) {
        // The kind is told from the first characters, so an XML file is never copied into a String.
        String opening = stripped(new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8));
        if (opening.startsWith("<")) {
            try {
                return new EcbXmlRates(currencies, today).parse(name, new ByteArrayInputStream(content));
            } catch (RatesFileException broken) {
                // A file that only seems broken because it is not UTF-8 is said to be so, on its line.
                if (broken.messageKey().equals("error.ratesFile.xmlBroken")) {
                    strictUtf8(name, content);
                }
                throw broken;
            }
        }
        if (opening.regionMatches(true, 0, "Date", 0, 4)) {
            return new EcbCsvRates(currencies, today).parse(name, stripped(strictUtf8(name, content)));
        }
        throw new RatesFileException("error.ratesFile.unknownFormat", name);
    }

    /** The text of a CSV file, refused on the line of its first byte that is not UTF-8 (a Latin-1 "é"). */
    private static String strictUtf8(String name, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new RatesFileException("error.ratesFile.notUtf8", name + ":" + NotUtf8.lineOfFirstBadByte(content));
        }
    }

    private static String stripped(String text) {
        String start = text.stripLeading();
        return start.startsWith("\uFEFF") ? start.substring(1) : start;
    }

    /**
     * An ECB ZIP holds exactly one CSV or XML file. Anything else (more entries, folders, absolute or {@code ..}
     * paths) is refused before a byte of it is used.
     */
    private List<org.octopusdesk.domain.money.ExchangeRate> readZip(String name, byte[] content) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null) {
                throw new RatesFileException("error.ratesFile.zipEmpty", name);
            }
            String entryName = entry.getName();
            if (entry.isDirectory() || !isPlainFileName(entryName)) {
                throw new RatesFileException("error.ratesFile.zipUnsafeEntry", name, entryName);
            }
            String lower = entryName.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".csv") && !lower.endsWith(".xml")) {
                throw new RatesFileException("error.ratesFile.zipUnexpectedEntry", name, entryName);
            }
            byte[] inner = readLimited(zip, name);
            if (zip.getNextEntry() != null) {
                throw new RatesFileException("error.ratesFile.zipSeveralEntries", name);
            }
            return readPlain(name + " › " + entryName, inner);
        } catch (ZipException | java.io.EOFException broken) {
            throw new RatesFileException("error.ratesFile.zipBroken", name);
        }
    }

    private static boolean isPlainFileName(String entryName) {
        return !entryName.isEmpty() && !entryName.contains("/") && !entryName.contains("\\")
                && !entryName.contains("..") && !entryName.contains(":");
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static byte[] readLimited(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > MAX_BYTES) {
                throw new RatesFileException("error.ratesFile.tooLarge", name, MAX_MEGABYTES);
            }
            out.write(buffer, 0, read);
        }
        if (total == 0) {
            throw new RatesFileException("error.ratesFile.empty", name);
        }
        return out.toByteArray();
    }
}
