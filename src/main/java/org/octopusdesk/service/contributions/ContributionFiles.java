package org.octopusdesk.service.contributions;

import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.backup.SafetyBackups;
import org.octopusdesk.service.csv.CsvRefusedException;
import org.octopusdesk.service.csv.CsvSheet;
import org.octopusdesk.service.csv.ImportProgress;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.service.rates.EuroConverter;
import org.octopusdesk.service.rates.PendingManualRates;
import org.octopusdesk.service.rates.RatesService;

/**
 * Imports and exports contributions as CSV ({@link ContributionCsv}). An import checks every line by the same rules
 * as a person's input ({@link ContributionImport}) before it writes anything: if any line is refused, every refused
 * line is reported with its number and nothing is written. A file that passes is written in bulk, in one
 * transaction, with one audit entry (see docs/decisions/0016-bulk-imports.md).
 */
public class ContributionFiles {

    private final ContributionService contributions;
    private final DonorService donors;
    private final ProjectService projects;
    private final RatesService rates;
    private final Transactions transactions;
    private final SafetyBackups backups;

    public ContributionFiles(ContributionService contributions, DonorService donors, ProjectService projects,
            RatesService rates, Transactions transactions) {
        this(contributions, donors, projects, rates, transactions, SafetyBackups.NONE);
    }

    /** @param backups takes a backup before a file of many lines is imported */
    public ContributionFiles(ContributionService contributions, DonorService donors, ProjectService projects,
            RatesService rates, Transactions transactions, SafetyBackups backups) {
        this.backups = backups;
        this.contributions = contributions;
        this.donors = donors;
        this.projects = projects;
        this.rates = rates;
        this.transactions = transactions;
    }

    /** Writes the matching contributions, with their allocations and payments, and returns how many. */
    public int export(ContributionQuery query, Writer out) {
        ContributionCsv csv = ContributionCsv.writer(out);
        Map<String, String> manualNotes = new HashMap<>();
        Function<ExchangeRate, String> noteOf = rate -> manualNotes.computeIfAbsent(rate.currency() + rate.date(),
                key -> rates.manualRate(rate.currency(), rate.date()).map(ExchangeRate::note).orElse(""));
        int[] count = {0};
        contributions.forEach(query, details -> {
            csv.write(details, noteOf);
            count[0]++;
        });
        csv.flush();
        return count[0];
    }

    /**
     * Imports a file in UTF-8, with or without a byte-order mark, separated by commas or semicolons.
     *
     * @param confirmWarnings import even when some lines need a confirmation (payments above what is outstanding or
     *     before their pledge's agreement); warnings a line's {@code confirmed_warnings} lists need none
     * @throws ContributionImportException listing every refused line; nothing was imported
     */
    public ContributionImportReport importFile(Path file, boolean confirmWarnings) {
        return importFile(file, confirmWarnings, ImportProgress.ignored());
    }

    /** Like {@link #importFile(Path, boolean)}, telling {@code progress} how far it got. */
    public ContributionImportReport importFile(Path file, boolean confirmWarnings, ImportProgress progress) {
        backups.beforeImport(file);
        return importSheet(() -> CsvSheet.read(file), String.valueOf(file.getFileName()), confirmWarnings, progress);
    }

    public ContributionImportReport importText(String text, boolean confirmWarnings) {
        return importText(text, "", confirmWarnings);
    }

    /** Imports a text read elsewhere; {@code name} names it in the audit trail (the sample's file name). */
    public ContributionImportReport importText(String text, String name, boolean confirmWarnings) {
        return importSheet(() -> CsvSheet.parse(text), name, confirmWarnings, ImportProgress.ignored());
    }

    /**
     * Checks every line first, writing nothing: a refused file is decided before any write, and leaves the database
     * as it was. Then writes the records in bulk, in the same transaction, with one audit entry for the file; a
     * pledge it pays into that another workstation changed in between refuses the whole file, naming who and when.
     */
    private ContributionImportReport importSheet(Supplier<CsvSheet> reader, String fileName, boolean confirmWarnings,
            ImportProgress progress) {
        CsvSheet sheet;
        try {
            sheet = reader.get().requireColumns(List.of(ContributionCsv.RECORD, ContributionCsv.REFERENCE),
                    ContributionCsv.COLUMNS).requireRows();
            requirePledgeColumns(sheet);
        } catch (CsvRefusedException refusedFile) {
            throw new ContributionImportException(new ContributionImportReport(0, 0, 0, List.of(new ImportProblem(
                    refusedFile.line(), refusedFile.column(), refusedFile.messageKey(), refusedFile.arguments())),
                    List.of()));
        }
        return transactions.inTransaction(() -> {
            PendingManualRates manualRates = rates.pendingManualRates(ContributionService.FILE_ORIGIN);
            ContributionImport run = new ContributionImport(sheet, contributions, new ContributionImport.Lookups(
                    ContributionImport.byKey(donors.list(), Donor::name),
                    ContributionImport.byKey(projects.list(), Project::code), contributions.storedReferenceKeys(),
                    EuroConverter.forImport(rates), manualRates, ContributionImport.byKey(
                            contributions.earmarkEditions(), edition -> Integer.toString(edition.year()))), progress);
            ImportedContributions checked = run.check();
            List<ImportProblem> warnings = new ArrayList<>(ImportProblem.unreadColumns(sheet, ContributionCsv.COLUMNS));
            warnings.addAll(run.warnings());
            // A reference's own rule refuses a control character already, saying why a reference must show whole.
            List<ImportProblem> errors = new ArrayList<>(ImportProblem.controlCharacters(sheet, ContributionCsv.COLUMNS
                    .stream().filter(column -> !column.equals(ContributionCsv.REFERENCE)).toList()));
            errors.addAll(run.errors());
            errors.sort(Comparator.comparingInt(ImportProblem::line));
            ContributionImportReport report = new ContributionImportReport(checked.pledges().size(),
                    checked.allocations(), checked.payments().size(), errors, warnings);
            if (!errors.isEmpty() || (!warnings.isEmpty() && !confirmWarnings)) {
                throw new ContributionImportException(report);
            }
            contributions.storeImport(checked, manualRates, fileName, progress);
            return report;
        });
    }

    /**
     * A file with pledges needs the columns every pledge fills: without one, each pledge would be refused as
     * "Required." on its line, where the header's misspelt column ("donr") is the one thing to mend.
     *
     * @throws CsvRefusedException naming the columns missing, on the header's line
     */
    private static void requirePledgeColumns(CsvSheet sheet) {
        boolean pledges = sheet.rows().stream().anyMatch(row -> "pledge".equalsIgnoreCase(
                sheet.get(row, ContributionCsv.RECORD)));
        if (pledges) {
            sheet.requireColumns(List.of(ContributionCsv.DONOR, ContributionCsv.DATE, ContributionCsv.AMOUNT,
                    ContributionCsv.CURRENCY), ContributionCsv.COLUMNS);
        }
    }
}
