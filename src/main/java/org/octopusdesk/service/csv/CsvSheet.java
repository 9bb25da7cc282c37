package org.octopusdesk.service.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.DomainException;

/**
 * A CSV file as every import reads it: UTF-8 with or without a byte-order mark, fields separated by commas or by
 * semicolons (whichever the header uses most; with semicolons a decimal comma is read too), a header naming the
 * columns in any order and any case, and each record's line number as a person sees it in an editor. Imports of
 * contributions and of spending read their files here, so they accept and refuse the same files.
 */
public final class CsvSheet {

    /** Where commons-csv says a malformed record is: "(line 4)", or "(startline 4)" for an unclosed quote. */
    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");

    private final String content;
    private final List<String> header;
    private final List<CSVRecord> rows;
    private final boolean decimalComma;

    private CsvSheet(String content, List<String> header, List<CSVRecord> rows, boolean decimalComma) {
        this.content = content;
        this.header = header;
        this.rows = rows;
        this.decimalComma = decimalComma;
    }

    /**
     * Reads a file.
     *
     * @throws DomainException when it cannot be read
     * @throws CsvRefusedException when it is not UTF-8, empty, or malformed
     */
    /**
     * A printer for an export in the format imports read: comma-separated, a header of {@code columns}, Unix line
     * ends, so a file exported on any system imports on any other.
     */
    public static CSVPrinter printer(Writer out, List<String> columns) {
        try {
            return new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(columns.toArray(String[]::new)).setRecordSeparator("\n").get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CsvSheet read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException("error.file.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            throw new CsvRefusedException(0, "", "error.contributionImport.notUtf8");
        }
    }

    /**
     * Parses text already read.
     *
     * @throws CsvRefusedException when it is empty or malformed
     */
    public static CsvSheet parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (content.isBlank()) {
            throw new CsvRefusedException(1, "", "error.contributionImport.empty");
        }
        char delimiter = delimiterOf(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(content))) {
            List<String> header = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            return new CsvSheet(content, header, parser.getRecords(), delimiter == ';');
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
            Matcher line = PARSER_LINE.matcher(String.valueOf(malformed.getMessage()));
            throw new CsvRefusedException(line.find() ? Integer.parseInt(line.group(1)) : 0, "",
                    "error.contributionImport.malformed");
        }
    }

    private static char delimiterOf(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
    }

    /**
     * Refuses the file when its header lacks a column.
     *
     * @throws CsvRefusedException naming the first missing column, on line 1
     */
    public CsvSheet requireColumns(String... columns) {
        for (String required : columns) {
            if (!header.contains(required)) {
                throw new CsvRefusedException(1, required, "error.contributionImport.missingColumn", required);
            }
        }
        return this;
    }

    /** The records after the header, blank lines left out. */
    public List<CSVRecord> rows() {
        return rows;
    }

    /**
     * The value of {@code column} (any case) in {@code row}, stripped, without the {@code '} an export put before
     * text a spreadsheet would take for a formula ({@link SpreadsheetText}); empty when the column or value is
     * absent.
     */
    public String get(CSVRecord row, String column) {
        for (String name : row.getParser().getHeaderNames()) {
            if (name.equalsIgnoreCase(column)) {
                return row.isSet(name) ? SpreadsheetText.unprotect(row.get(name).strip()) : "";
            }
        }
        return "";
    }

    /** The line a record starts on, counted in the file (the header is line 1), blank lines included. */
    public int line(CSVRecord row) {
        int line = 1;
        for (int i = 0; i < row.getCharacterPosition() && i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A plain number ({@code 250000}, {@code 2036671.06}, or {@code 150000,50} in a semicolon file); else empty. */
    public Optional<BigDecimal> number(String text) {
        String plain = decimalComma && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        return plain.matches("-?\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    /** An ISO date ({@code 2020-10-19}); else empty. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
