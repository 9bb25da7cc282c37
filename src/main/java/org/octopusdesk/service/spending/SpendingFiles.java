package org.octopusdesk.service.spending;

import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.octopusdesk.service.backup.SafetyBackups;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.contributions.ImportProblem;
import org.octopusdesk.service.csv.CsvRefusedException;
import org.octopusdesk.service.csv.CsvSheet;
import org.octopusdesk.service.csv.ImportProgress;
import org.octopusdesk.service.rates.EuroConverter;
import org.octopusdesk.service.rates.RatesService;

/**
 * Imports and exports expenditure lines as CSV ({@link SpendingCsv}). An import checks every line by the rules and
 * conversion of {@link SpendingService#create} before it writes any: if any line is refused, every refused line is
 * reported with its number and nothing is written. A file that passes is written in bulk, in one transaction, with
 * one audit entry.
 */
public class SpendingFiles {

    private static final int PROGRESS_STEP = 500;
    /** A line's fields that do not depend on the cells read before them (project, date, category, amounts). */
    private static final Set<String> CHECKED_DESPITE_ERRORS = Set.of(ExpenditureDraft.DESCRIPTION,
            ExpenditureDraft.CURRENCY);

    private final SpendingService spending;
    private final ProjectService projects;
    private final RatesService rates;
    private final Transactions transactions;

    private final SafetyBackups backups;

    SpendingFiles(SpendingService spending, ProjectService projects, RatesService rates, Transactions transactions,
            SafetyBackups backups) {
        this.backups = backups;
        this.spending = spending;
        this.projects = projects;
        this.rates = rates;
        this.transactions = transactions;
    }

    /** Writes the matching lines, oldest first, and returns how many. */
    public int export(ExpenditureQuery query, Writer out) {
        SpendingCsv csv = SpendingCsv.writer(out);
        List<Expenditure> lines = spending.list(query);
        lines.forEach(csv::write);
        csv.flush();
        return lines.size();
    }

    /**
     * Imports a file in UTF-8, with or without a byte-order mark, separated by commas or semicolons.
     *
     * @throws SpendingImportException listing every refused line; nothing was imported
     */
    public SpendingImportReport importFile(Path file) {
        return importFile(file, false, ImportProgress.ignored());
    }

    /**
     * Like {@link #importFile(Path)}, telling {@code progress} how far it got.
     *
     * @param confirmWarnings import even when lines are dated outside their project, repeat one already recorded or
     *     an earlier one of the file, or the header has columns the import does not read; without it, those are
     *     reported as warnings and nothing is imported
     */
    public SpendingImportReport importFile(Path file, boolean confirmWarnings, ImportProgress progress) {
        backups.beforeImport(file);
        return importSheet(() -> CsvSheet.read(file), String.valueOf(file.getFileName()), confirmWarnings,
                progress);
    }

    public SpendingImportReport importText(String text) {
        return importText(text, "");
    }

    /** Imports a text read elsewhere; {@code name} names it in the audit trail (the sample's file name). */
    public SpendingImportReport importText(String text, String name) {
        return importSheet(() -> CsvSheet.parse(text), name, false, ImportProgress.ignored());
    }

    /** Imports a text read elsewhere, whatever its warnings when {@code confirmWarnings}. */
    public SpendingImportReport importText(String text, boolean confirmWarnings) {
        return importSheet(() -> CsvSheet.parse(text), "", confirmWarnings, ImportProgress.ignored());
    }

    /**
     * Checks every line first, writing nothing; then writes them all in bulk in the same transaction, with one
     * audit entry for the file (as contribution files, decision 0016).
     */
    private SpendingImportReport importSheet(Supplier<CsvSheet> reader, String fileName, boolean confirmWarnings,
            ImportProgress progress) {
        CsvSheet sheet;
        try {
            sheet = reader.get().requireColumns(SpendingCsv.REQUIRED, SpendingCsv.COLUMNS).requireRows();
        } catch (CsvRefusedException refusedFile) {
            throw new SpendingImportException(new SpendingImportReport(0, List.of(new ImportProblem(
                    refusedFile.line(), refusedFile.column(), refusedFile.messageKey(), refusedFile.arguments()))));
        }
        return transactions.inTransaction(() -> new Run(sheet, progress).apply(fileName, confirmWarnings));
    }

    /** One import: the lines of a file applied in the caller's transaction, every problem collected. */
    private final class Run {

        private final CsvSheet sheet;
        private final ImportProgress progress;
        private final List<ImportProblem> errors = new ArrayList<>();
        private final Map<String, Project> projectsByCode = new LinkedHashMap<>();
        private final Map<ProjectId, Project> projectsById = new HashMap<>();
        private final EuroConverter converter = EuroConverter.forImport(rates);
        private final List<Expenditure> checked = new ArrayList<>();
        /** The file's line of each checked expenditure, in the same order. */
        private final List<Integer> checkedLines = new ArrayList<>();

        Run(CsvSheet sheet, ImportProgress progress) {
            this.sheet = sheet;
            this.progress = progress;
            projects.list().forEach(project -> {
                projectsByCode.put(key(project.code()), project);
                projectsById.put(project.id(), project);
            });
        }

        SpendingImportReport apply(String fileName, boolean confirmWarnings) {
            List<CSVRecord> rows = sheet.rows();
            for (int i = 0; i < rows.size(); i++) {
                checkLine(rows.get(i));
                if ((i + 1) % PROGRESS_STEP == 0) {
                    progress.reached(ImportProgress.Stage.CHECKED, i + 1, rows.size());
                }
            }
            progress.reached(ImportProgress.Stage.CHECKED, rows.size(), rows.size());
            errors.addAll(ImportProblem.controlCharacters(sheet, SpendingCsv.COLUMNS));
            errors.sort(Comparator.comparingInt(ImportProblem::line));
            if (!errors.isEmpty()) {
                // Nothing was written: every line is checked before the first is stored.
                throw new SpendingImportException(new SpendingImportReport(0, errors));
            }
            List<ImportProblem> warnings = new ArrayList<>(ImportProblem.unreadColumns(sheet, SpendingCsv.COLUMNS));
            warnings.addAll(lineWarnings());
            if (!warnings.isEmpty() && !confirmWarnings) {
                throw new SpendingImportException(new SpendingImportReport(0, errors, warnings));
            }
            spending.storeImport(checked, fileName, progress);
            return new SpendingImportReport(checked.size(), errors, warnings);
        }

        /**
         * The warnings of each line in turn: dated outside its project, its bank euros far from the ECB's rate,
         * then repeating a line stored (over the file's days) or an earlier one of the file.
         */
        private List<ImportProblem> lineWarnings() {
            if (checked.isEmpty()) {
                return List.of();
            }
            LocalDate first = checked.stream().map(Expenditure::spentOn).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = checked.stream().map(Expenditure::spentOn).max(LocalDate::compareTo).orElseThrow();
            RepeatedLines seen = new RepeatedLines(spending.list(new ExpenditureQuery(null, null, first, last)));
            List<ImportProblem> warnings = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                Expenditure line = checked.get(i);
                int number = checkedLines.get(i);
                SpendingWarnings.outsideProject(line, projectsById.get(line.projectId())).ifPresent(outside ->
                        warnings.add(new ImportProblem(number, SpendingCsv.DATE, outside.messageKey(),
                                outside.arguments())));
                SpendingWarnings.bankRate(line, converter).ifPresent(far -> warnings.add(new ImportProblem(number,
                        SpendingCsv.BANK_EUR, far.messageKey(), far.arguments())));
                seen.check(line, number).ifPresent(before -> warnings.add(repeated(number, line, before)));
            }
            return warnings;
        }

        private void checkLine(CSVRecord row) {
            int before = errors.size();
            String code = get(row, SpendingCsv.PROJECT);
            Project project = projectsByCode.get(key(code));
            if (project == null) {
                problem(row, SpendingCsv.PROJECT, code.isEmpty() ? "validation.required"
                        : "error.contributionImport.unknownProject", code);
            }
            LocalDate date = date(row);
            String categoryName = get(row, SpendingCsv.CATEGORY);
            Optional<ExpenditureCategory> category = ExpenditureCategory.parse(categoryName);
            if (category.isEmpty()) {
                problem(row, SpendingCsv.CATEGORY, categoryName.isEmpty() ? "validation.required"
                        : "error.spendingImport.unknownCategory", categoryName);
            }
            BigDecimal amount = number(row, SpendingCsv.AMOUNT);
            BigDecimal bank = number(row, SpendingCsv.BANK_EUR);
            ExpenditureDraft draft = new ExpenditureDraft(project == null ? null : project.id(), date,
                    category.orElse(null), get(row, SpendingCsv.DESCRIPTION), amount, get(row, SpendingCsv.CURRENCY),
                    bank);
            if (errors.size() > before) {
                // The description and the currency are still checked, so that one pass mends the line: a bad
                // amount no longer hides an unknown currency. The other cells' refusals are said already.
                draft.validate(rates.currencies()::find).stream()
                        .filter(error -> CHECKED_DESPITE_ERRORS.contains(error.field()))
                        .forEach(error -> problem(row, column(error.field()), error.messageKey(),
                                error.arguments().toArray()));
                return;
            }
            try {
                checked.add(spending.checked(draft, converter, projectsById));
                checkedLines.add(sheet.line(row));
            } catch (ValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    errors.add(new ImportProblem(sheet.line(row), column(error.field()), error.messageKey(),
                            error.arguments()));
                }
            } catch (DomainException refusedLine) {
                problem(row, "", refusedLine.messageKey(), refusedLine.arguments().toArray());
            }
        }

        /** The date, or {@code null}: an empty one is left to the draft's rules, which say it is required. */
        private LocalDate date(CSVRecord row) {
            String text = get(row, SpendingCsv.DATE);
            if (text.isEmpty()) {
                return null;
            }
            Optional<LocalDate> date = CsvSheet.date(text);
            if (date.isEmpty()) {
                problem(row, SpendingCsv.DATE, "error.import.badDate", text);
            }
            return date.orElse(null);
        }

        /** The number, or {@code null} when empty (the draft's rules decide whether it may be) or not a number. */
        private BigDecimal number(CSVRecord row, String column) {
            String text = get(row, column);
            if (text.isEmpty()) {
                return null;
            }
            Optional<BigDecimal> number = sheet.number(text);
            if (number.isEmpty()) {
                problem(row, column, "error.contributionImport.badNumber", text);
            }
            return number.orElse(null);
        }

        private String get(CSVRecord row, String column) {
            return sheet.get(row, column);
        }

        private void problem(CSVRecord row, String column, String messageKey, Object... arguments) {
            errors.add(new ImportProblem(sheet.line(row), column, messageKey, List.of(arguments)));
        }
    }

    /** The warning for a repeated line: its day, amount, currency and description, and the line it repeats. */
    private static ImportProblem repeated(int number, Expenditure line, RepeatedLines.Seen before) {
        List<Object> shown = new ArrayList<>(List.of(line.spentOn(), line.amount().amount(), line.amount().currency(),
                line.description()));
        if (before instanceof RepeatedLines.OnLine earlier) {
            shown.add(earlier.line());
            return new ImportProblem(number, "", "warning.spending.repeatedInFile", shown);
        }
        return new ImportProblem(number, "", "warning.spending.repeated", shown);
    }

    /** The file's column for a field of the draft. */
    private static String column(String field) {
        return switch (field) {
            case ExpenditureDraft.SPENT_ON -> SpendingCsv.DATE;
            case ExpenditureDraft.BANK_EUROS -> SpendingCsv.BANK_EUR;
            default -> field;
        };
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
