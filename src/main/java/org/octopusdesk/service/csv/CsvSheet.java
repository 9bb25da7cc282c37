package org.octopusdesk.service.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.NearMatches;
import org.octopusdesk.domain.Spaces;
import org.octopusdesk.service.UnreadableFile;

/**
 * A CSV file as every import reads it: UTF-8 with or without a byte-order mark, fields separated by commas or by
 * semicolons (whichever the header uses most, or what a first line {@code sep=;} says, as spreadsheets write it;
 * with semicolons a decimal comma is read too), a header naming the columns in any order and any case, with spaces
 * or hyphens for the underscores ("Signature Date" is {@code signature_date}), and each record's line number as a
 * person sees it in an editor, whatever its line ends. Every import reads its files here, so they accept and refuse
 * the same files.
 *
 * <p>A header that names a column twice is refused: which of the two values holds the data is anyone's guess
 * (decision 0048). So is a line with more values than the header has columns, which is most often a comma in a
 * text without quotes around it: the words after it would be lost.
 */
public final class CsvSheet {

    /** The longest field: far more than any note; a longer one is no contribution's. */
    public static final int MAX_FIELD_LENGTH = 10_000;
    /** The longest line, in characters. */
    public static final int MAX_LINE_LENGTH = 100_000;
    /** The most lines a file may have, the header and blank lines included. */
    public static final int MAX_LINES = 200_000;
    /** The most characters a file may have (16 million, about 16 MB): what the heap holds comfortably as records. */
    public static final long MAX_CHARACTERS = 16_000_000;

    /**
     * Where commons-csv says a malformed record is: "(line 4)", "(startline 4)" for an unclosed quote, or "at line:
     * 4" for text after a closing quote.
     */
    private static final Pattern PARSER_LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|at line: (\\d+)");
    /** How commons-csv names text between a closing quote and the next separator: {@code "y"z}. */
    private static final String TEXT_AFTER_QUOTE = "between encapsulated token and delimiter";
    /** How a spreadsheet's first line names the separator: {@code sep=;}. */
    private static final String SEPARATOR_LINE = "sep=";

    private final BoundedLines lines;
    private final int skipped;
    private final List<String> header;
    /** The header's names as the file writes them ("E-mail", "Entry into force"), for messages. */
    private final List<String> written;
    private final List<CSVRecord> rows;
    private final boolean decimalComma;
    /** Where each column asked for stands in the header, -1 where it does not. */
    private final Map<String, Integer> columnIndex = new HashMap<>();
    /** The records with a value where the header names no column, in the order read. */
    private final List<CSVRecord> beyondTheHeader = new ArrayList<>();

    private CsvSheet(BoundedLines lines, int skipped, List<String> written, List<CSVRecord> rows,
            boolean decimalComma) {
        this.lines = lines;
        this.skipped = skipped;
        this.header = written.stream().map(CsvSheet::columnName).toList();
        this.written = written.stream().map(String::strip).toList();
        this.rows = rows;
        this.decimalComma = decimalComma;
    }

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

    /**
     * Reads a file as a stream, within the limits above.
     *
     * @throws DomainException when it cannot be read
     * @throws CsvRefusedException when it is not UTF-8, empty, malformed, or past a limit
     */
    public static CsvSheet read(Path file) {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return parse(in);
        } catch (CharacterCodingException notUtf8) {
            throw new CsvRefusedException(NotUtf8.lineOfFirstBadByte(file), "", "error.contributionImport.notUtf8");
        } catch (IOException e) {
            throw new DomainException(UnreadableFile.reason(file), file.toString());
        }
    }

    /**
     * Parses text already read, within the same limits.
     *
     * @throws CsvRefusedException when it is empty, malformed, or past a limit
     */
    public static CsvSheet parse(String text) {
        try {
            return parse(new StringReader(text));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
    }

    private static CsvSheet parse(Reader in) throws IOException {
        BoundedLines lines = new BoundedLines(in);
        BufferedReader buffered = new BufferedReader(lines, 64 * 1024);
        buffered.mark(1);
        int skipped = buffered.read() == '\uFEFF' ? 1 : 0;
        if (skipped == 0) {
            buffered.reset();
        }
        Optional<String> separatorLine = separatorLine(buffered);
        skipped += separatorLine.map(String::length).orElse(0);
        char delimiter = separatorLine.isPresent() ? separatorLine.get().charAt(SEPARATOR_LINE.length())
                : delimiterOf(buffered);
        // The parser counts its lines from the header; a separator line before it is one more in the file.
        int linesBefore = separatorLine.isPresent() ? 1 : 0;
        // Names left empty are let through here and refused below only where a line has a value under one.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = format.parse(buffered)) {
            List<String> header = parser.getHeaderNames().stream().map(CsvSheet::columnName).toList();
            if (header.stream().allMatch(String::isBlank)) {
                throw new CsvRefusedException(lines.lineOf(skipped), "", "error.contributionImport.empty");
            }
            refuseColumnsNamedTwice(header, lines.lineOf(skipped));
            CsvSheet sheet = new CsvSheet(lines, skipped, parser.getHeaderNames(), new ArrayList<>(),
                    delimiter == ';');
            for (CSVRecord record : parser) {
                sheet.add(record);
            }
            sheet.refuseValuesBeyondTheHeader();
            return sheet;
        } catch (UncheckedIOException wrapped) {
            if (wrapped.getCause() instanceof CharacterCodingException notUtf8) {
                throw notUtf8;
            }
            throw malformed(wrapped, linesBefore);
        } catch (CharacterCodingException notUtf8) {
            throw notUtf8;
        } catch (IOException | IllegalStateException | IllegalArgumentException malformed) {
            throw malformed(malformed, linesBefore);
        }
    }

    private static CsvRefusedException malformed(Exception malformed, int linesBefore) {
        String message = String.valueOf(malformed.getMessage());
        Matcher line = PARSER_LINE.matcher(message);
        int at = line.find() ? Integer.parseInt(line.group(1) != null ? line.group(1) : line.group(2)) : 0;
        return new CsvRefusedException(at == 0 ? 0 : at + linesBefore, "", message.contains(TEXT_AFTER_QUOTE)
                ? "error.csv.textAfterQuote" : "error.contributionImport.malformed");
    }

    /** Keeps a record once its fields are within the limit, noting a value past the header's columns. */
    private void add(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).length() > MAX_FIELD_LENGTH) {
                throw new CsvRefusedException(line(record), i < header.size() ? header.get(i) : "",
                        "error.csv.fieldTooLong", MAX_FIELD_LENGTH);
            }
            // A separator at the end of a line, or under a column left unnamed, brings an empty value: harmless.
            boolean unnamed = i >= header.size() || header.get(i).isBlank();
            if (unnamed && !record.get(i).isBlank()) {
                beyondTheHeader.add(record);
                break;
            }
        }
        rows.add(record);
    }

    /**
     * Refuses the file when a line has a value where the header names no column, naming the first such line and how
     * many more there are: most often a text with a comma and no quotes, whose end would otherwise be lost.
     */
    private void refuseValuesBeyondTheHeader() {
        if (!beyondTheHeader.isEmpty()) {
            CSVRecord first = beyondTheHeader.get(0);
            long named = header.stream().filter(name -> !name.isBlank()).count();
            throw new CsvRefusedException(line(first), "", "error.csv.valuesBeyondHeader", first.size(), named,
                    beyondTheHeader.size() - 1);
        }
    }

    /** A header's name as the imports know it: lower case, spaces and hyphens between words as underscores. */
    static String columnName(String written) {
        return written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
    }

    private static void refuseColumnsNamedTwice(List<String> header, int headerLine) {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!name.isBlank() && !seen.add(name)) {
                throw new CsvRefusedException(headerLine, name, "error.csv.columnTwice", name);
            }
        }
    }

    /**
     * The line {@code sep=;} that spreadsheets write before the header to say which separator the file uses,
     * read and left behind; empty, with the reader where it was, when the file has none.
     */
    private static Optional<String> separatorLine(BufferedReader in) throws IOException {
        in.mark(SEPARATOR_LINE.length() + 3);
        char[] start = new char[SEPARATOR_LINE.length() + 1];
        int read = in.read(start, 0, start.length);
        if (read == start.length && new String(start, 0, SEPARATOR_LINE.length()).equalsIgnoreCase(SEPARATOR_LINE)
                && (start[SEPARATOR_LINE.length()] == ';' || start[SEPARATOR_LINE.length()] == ',')) {
            StringBuilder line = new StringBuilder(new String(start));
            for (int c = in.read(); c != -1; c = in.read()) {
                line.append((char) c);
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() == '\n') {
                        line.append('\n');
                    } else {
                        in.reset();
                    }
                    break;
                }
            }
            return Optional.of(line.toString());
        }
        in.reset();
        return Optional.empty();
    }

    /** Semicolons when the header has more of them than commas; the reader is left where it was. */
    private static char delimiterOf(BufferedReader in) throws IOException {
        in.mark(MAX_LINE_LENGTH + 2);
        int semicolons = 0;
        int commas = 0;
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            semicolons += c == ';' ? 1 : 0;
            commas += c == ',' ? 1 : 0;
        }
        in.reset();
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Refuses the file when its header lacks a column, naming every one it lacks at once and what it has instead:
     * the header's column nearest the one missing ("descripton"), or, when several are missing, the header's
     * columns that none of {@code known} names (a header written in French, say), so that one correction mends it.
     *
     * @throws CsvRefusedException on the header's line
     */
    public CsvSheet requireColumns(List<String> required, List<String> known) {
        List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
        if (missing.isEmpty()) {
            return this;
        }
        List<String> unread = columnsNotIn(known);
        int line = lines.lineOf(skipped);
        if (missing.size() == 1) {
            List<String> near = NearMatches.of(missing.get(0), unread);
            throw near.isEmpty()
                    ? new CsvRefusedException(line, missing.get(0), "error.contributionImport.missingColumn",
                            missing.get(0))
                    : new CsvRefusedException(line, missing.get(0), "error.csv.missingColumn.near", missing.get(0),
                            written(near.get(0)));
        }
        throw unread.isEmpty()
                ? new CsvRefusedException(line, "", "error.csv.missingColumns", missing.size(),
                        String.join(", ", missing))
                : new CsvRefusedException(line, "", "error.csv.missingColumns.unread", missing.size(),
                        String.join(", ", missing), unread.size(),
                        String.join(", ", unread.stream().map(this::written).toList()));
    }

    /**
     * Refuses a file with a header and no line under it: it imports nothing, which a person should be told rather
     * than read "Imported 0 lines." as if something had gone right.
     *
     * @throws CsvRefusedException on the header's line
     */
    public CsvSheet requireRows() {
        if (rows.isEmpty()) {
            throw new CsvRefusedException(headerLine(), "", "error.csv.noRows");
        }
        return this;
    }

    /**
     * The header's columns that none of {@code known} names, in the header's order and as the imports name them
     * (lower case, underscores); columns left unnamed aside.
     */
    public List<String> columnsNotIn(Collection<String> known) {
        return header.stream().filter(name -> !name.isBlank() && !known.contains(name)).toList();
    }

    /** Whether the header names {@code column} (any case, spaces or hyphens for the underscores). */
    public boolean hasColumn(String column) {
        return header.contains(columnName(column));
    }

    /** A column of the header ({@code e_mail}) as the file writes it ({@code E-mail}), to name it to a person. */
    public String written(String column) {
        int index = header.indexOf(column);
        return index < 0 ? column : written.get(index);
    }

    /** The header's line in the file: 1, or 2 after a {@code sep=;} line. */
    public int headerLine() {
        return lines.lineOf(skipped);
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
        // The imports ask for the same few columns in every row: each name is looked up in the header once.
        int index = columnIndex.computeIfAbsent(column, asked -> header.indexOf(columnName(asked)));
        return index >= 0 && index < row.size() ? SpreadsheetText.unprotect(Spaces.stripped(row.get(index))) : "";
    }

    /** The line a record starts on, counted in the file (the header is line 1), blank lines included. */
    public int line(CSVRecord row) {
        return lines.lineOf(row.getCharacterPosition() + skipped);
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
