package org.octopusdesk.service.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.EarmarkSplit;
import org.octopusdesk.domain.contribution.OutstandingSteps;
import org.octopusdesk.domain.contribution.OutstandingTotals;
import org.octopusdesk.domain.contribution.PaymentPart;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.backup.SafetyBackups;

/**
 * Proves that the figures kept beside the payments still follow from them: each contribution's paid amount,
 * received euros, payment count and status; each payment's parts over its earmarks; the yearly and monthly
 * summaries by earmark and by donor; the outstanding ledger by day and year and each pledge's closing day; and
 * the donor's name each pledge keeps to be sorted by, which follows from its donor. A check only reads; a repair
 * rebuilds whatever differs from the payments and donors (never the payments themselves) in one transaction, and
 * writes what it changed to the audit trail.
 */
public final class DataCheck {

    /** The record type of a repair in the audit trail. */
    public static final String AUDIT_TYPE = "DATA";
    /** How many differences a report lists; it counts them all. */
    public static final int LISTED = 500;
    private static final int AUDITED = 30;

    private final LedgerRepository ledger;
    private final Transactions transactions;
    private final Auditor auditor;

    private final SafetyBackups backups;
    private final Runnable repairAllowed;

    public DataCheck(LedgerRepository ledger, Transactions transactions, Auditor auditor) {
        this(ledger, transactions, auditor, SafetyBackups.NONE, () -> { });
    }

    /**
     * @param backups takes a backup before each repair
     * @param repairAllowed refuses, with the reason, a session whose role may not repair (decision 0034): the
     *     server lets an assistant write the derived figures that payments change, so the repair is the app's rule
     */
    public DataCheck(LedgerRepository ledger, Transactions transactions, Auditor auditor, SafetyBackups backups,
            Runnable repairAllowed) {
        this.backups = backups;
        this.repairAllowed = repairAllowed;
        this.ledger = ledger;
        this.transactions = transactions;
        this.auditor = auditor;
    }

    /** Recomputes every derived figure and lists those that differ; changes nothing. */
    public CheckReport check(DoubleConsumer progress) {
        return transactions.inTransaction(() -> new Run(false, progress).report());
    }

    /** Recomputes every derived figure and rewrites those that differ, in one transaction, audited. */
    public CheckReport repair(DoubleConsumer progress) {
        repairAllowed.run();
        backups.beforeRepair();
        return transactions.inTransaction(() -> {
            CheckReport report = new Run(true, progress).report();
            if (!report.agrees()) {
                audit(report);
            }
            return report;
        });
    }

    private void audit(CheckReport report) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        before.put("check.audit.differences", String.valueOf(report.differenceCount()));
        after.put("check.audit.differences", "0");
        for (Difference difference : report.differences().subList(0,
                Math.min(AUDITED, report.differences().size()))) {
            String line = difference.subject() + " " + String.join(" ", difference.names()) + " "
                    + difference.field();
            before.put(line, difference.stored().isEmpty() ? "-" : difference.stored());
            after.put(line, difference.recomputed().isEmpty() ? "-" : difference.recomputed());
        }
        auditor.record(AUDIT_TYPE, "derived-figures", AuditEntry.Action.UPDATE, before, after);
    }

    /** One pass over the ledger. */
    private final class Run {

        private final boolean repair;
        private final DoubleConsumer progress;
        private final Summaries expected = Summaries.empty();
        private final OutstandingTotals outstanding = new OutstandingTotals();
        private final List<Difference> listed = new ArrayList<>();
        private final Map<Long, String> donorNames = ledger.donorNames();
        private long differences;
        private int contributions;
        private long payments;

        Run(boolean repair, DoubleConsumer progress) {
            this.repair = repair;
            this.progress = progress;
        }

        CheckReport report() {
            long total = Math.max(1, ledger.contributionCount());
            progress.accept(0);
            ledger.forEach(contribution -> {
                checkTotals(contribution);
                checkClosing(contribution);
                checkDonorName(contribution);
                contribution.payments().forEach(payment -> checkParts(contribution, payment));
                contributions++;
                if (contributions % 200 == 0) {
                    progress.accept(0.95 * contributions / total);
                }
            });
            int summaryRows = checkSummaries() + checkOutstanding();
            progress.accept(1);
            return new CheckReport(contributions, payments, summaryRows, differences, listed, repair);
        }

        private void checkTotals(LedgerContribution contribution) {
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal euros = BigDecimal.ZERO;
            for (LedgerContribution.Payment payment : contribution.payments()) {
                paid = paid.add(payment.amount());
                euros = euros.add(payment.euros());
            }
            int count = contribution.payments().size();
            ContributionStatus status = ContributionStatus.of(contribution.pledged(), paid, contribution.cancelled());
            LedgerContribution.Stored stored = contribution.stored();
            List<String> names = List.of(contribution.reference());
            long found = differences;
            compare(Difference.Subject.CONTRIBUTION, names, Difference.Field.PAID_AMOUNT, stored.paid(), paid);
            compare(Difference.Subject.CONTRIBUTION, names, Difference.Field.RECEIVED_EUROS, stored.receivedEuros(),
                    euros);
            if (stored.payments() != count) {
                found(new Difference(Difference.Subject.CONTRIBUTION, names, Difference.Field.PAYMENT_COUNT,
                        String.valueOf(stored.payments()), String.valueOf(count)));
            }
            if (stored.status() != status) {
                found(new Difference(Difference.Subject.CONTRIBUTION, names, Difference.Field.STATUS,
                        stored.status().name(), status.name()));
            }
            if (repair && differences > found) {
                ledger.writeTotals(contribution.id(), paid, euros, count, status);
            }
        }

        /** Recomputes the pledge's outstanding steps into the ledger's expected rows, and its closing day. */
        private void checkClosing(LedgerContribution contribution) {
            OutstandingSteps steps = OutstandingSteps.of(contribution.agreed(), contribution.pledged(),
                    contribution.cancelledOn(), contribution.payments().stream()
                            .map(payment -> new OutstandingSteps.Received(payment.valueDate(), payment.amount()))
                            .toList());
            outstanding.add(contribution.currency(), steps, 1);
            LocalDate closedOn = steps.closedOn().orElse(null);
            if (!Objects.equals(closedOn, contribution.stored().closedOn())) {
                found(new Difference(Difference.Subject.CONTRIBUTION, List.of(contribution.reference()),
                        Difference.Field.CLOSED_ON, Objects.toString(contribution.stored().closedOn(), ""),
                        Objects.toString(closedOn, "")));
                if (repair) {
                    ledger.writeClosedOn(contribution.id(), closedOn);
                }
            }
        }

        /** The donor's name kept on the pledge, the list's sort key (decision 0037), is its donor's. */
        private void checkDonorName(LedgerContribution contribution) {
            String name = donorNames.get(contribution.donor());
            if (name != null && !name.equals(contribution.stored().donorName())) {
                found(new Difference(Difference.Subject.CONTRIBUTION, List.of(contribution.reference()),
                        Difference.Field.DONOR_NAME, contribution.stored().donorName(), name));
                if (repair) {
                    ledger.writeDonorName(contribution.id(), name);
                }
            }
        }

        /** Compares the outstanding ledger's rows with those recomputed; returns how many rows it compared. */
        private int checkOutstanding() {
            OutstandingTotals stored = ledger.storedOutstanding();
            boolean differs = false;
            // Each read once: the maps are copies without their zero rows.
            Map<OutstandingTotals.Day, OutstandingTotals.Change> storedDays = stored.days();
            Map<OutstandingTotals.Day, OutstandingTotals.Change> wantedDays = outstanding.days();
            Set<OutstandingTotals.Day> days = new HashSet<>(storedDays.keySet());
            days.addAll(wantedDays.keySet());
            for (OutstandingTotals.Day day : days) {
                differs |= compareChange(Difference.Subject.OUTSTANDING_BY_DAY, List.of(day.date().toString(),
                        day.currency()), storedDays.get(day), wantedDays.get(day));
            }
            Map<OutstandingTotals.Year, OutstandingTotals.Change> storedYears = stored.years();
            Map<OutstandingTotals.Year, OutstandingTotals.Change> wantedYears = outstanding.years();
            Set<OutstandingTotals.Year> years = new HashSet<>(storedYears.keySet());
            years.addAll(wantedYears.keySet());
            for (OutstandingTotals.Year year : years) {
                differs |= compareChange(Difference.Subject.OUTSTANDING_BY_YEAR, List.of(String.valueOf(year.year()),
                        year.currency()), storedYears.get(year), wantedYears.get(year));
            }
            if (repair && differs) {
                ledger.replaceOutstanding(outstanding);
            }
            return days.size() + years.size();
        }

        private boolean compareChange(Difference.Subject subject, List<String> names, OutstandingTotals.Change stored,
                OutstandingTotals.Change recomputed) {
            boolean amount = compare(subject, names, Difference.Field.OUTSTANDING_AMOUNT,
                    stored == null ? null : stored.amount(), recomputed == null ? null : recomputed.amount());
            int was = stored == null ? 0 : stored.pledges();
            int is = recomputed == null ? 0 : recomputed.pledges();
            if (was != is) {
                found(new Difference(subject, names, Difference.Field.OUTSTANDING_PLEDGES,
                        stored == null ? "" : String.valueOf(was), recomputed == null ? "" : String.valueOf(is)));
            }
            return amount || was != is;
        }

        private void checkParts(LedgerContribution contribution, LedgerContribution.Payment payment) {
            payments++;
            List<PaymentPart> parts = EarmarkSplit.ofFractions(payment.euros(), contribution.fractions())
                    .parts(contribution.projects());
            expected.add(payment.valueDate(), contribution.donor(), payment.euros(), parts);
            Map<PartKey, BigDecimal> recomputed = byKey(parts);
            Map<PartKey, BigDecimal> stored = byKey(payment.parts());
            Set<PartKey> keys = new HashSet<>(recomputed.keySet());
            keys.addAll(stored.keySet());
            boolean differs = false;
            for (PartKey key : keys) {
                String code = key.kind() == PaymentPart.Kind.PROJECT ? codeOf(contribution, key.project()) : "";
                differs |= compare(Difference.Subject.PAYMENT, List.of(contribution.reference(),
                        payment.valueDate().toString(), String.valueOf(payment.id()), code), field(key.kind()),
                        stored.get(key), recomputed.get(key));
            }
            if (repair && differs) {
                ledger.replaceParts(payment.id(), parts);
            }
        }

        /** Compares the yearly and monthly summaries; a month row is named by its month, e.g. 2015-06. */
        private int checkSummaries() {
            Summaries stored = ledger.storedSummaries();
            Summaries wanted = expected.withoutZeros();
            Map<Long, String> codes = ledger.projectCodes();
            Function<Long, String> donor = id -> donorNames.getOrDefault(id, String.valueOf(id));
            Function<Long, String> code = id -> codes.getOrDefault(id, String.valueOf(id));
            int rows = 0;
            boolean differs = false;
            for (Summaries.ByEarmark row : union(stored.byEarmark(), wanted.byEarmark())) {
                differs |= compare(Difference.Subject.SUMMARY_BY_EARMARK, List.of(String.valueOf(row.year()),
                        projectCode(row.kind(), row.project(), code)), field(row.kind()),
                        stored.byEarmark().get(row), wanted.byEarmark().get(row));
                rows++;
            }
            for (Summaries.ByEarmarkMonth row : union(stored.byEarmarkMonth(), wanted.byEarmarkMonth())) {
                differs |= compare(Difference.Subject.SUMMARY_BY_EARMARK, List.of(month(row.year(), row.month()),
                        projectCode(row.kind(), row.project(), code)), field(row.kind()),
                        stored.byEarmarkMonth().get(row), wanted.byEarmarkMonth().get(row));
                rows++;
            }
            for (Summaries.ByDonor row : union(stored.byDonor(), wanted.byDonor())) {
                differs |= compare(Difference.Subject.SUMMARY_BY_DONOR, List.of(String.valueOf(row.year()),
                        donor.apply(row.donor())), Difference.Field.RECEIVED_EUROS, stored.byDonor().get(row),
                        wanted.byDonor().get(row));
                rows++;
            }
            for (Summaries.ByDonorMonth row : union(stored.byDonorMonth(), wanted.byDonorMonth())) {
                differs |= compare(Difference.Subject.SUMMARY_BY_DONOR, List.of(month(row.year(), row.month()),
                        donor.apply(row.donor())), Difference.Field.RECEIVED_EUROS, stored.byDonorMonth().get(row),
                        wanted.byDonorMonth().get(row));
                rows++;
            }
            if (repair && differs) {
                ledger.replaceSummaries(wanted);
            }
            return rows;
        }

        private static <K> Set<K> union(Map<K, BigDecimal> stored, Map<K, BigDecimal> wanted) {
            Set<K> keys = new HashSet<>(stored.keySet());
            keys.addAll(wanted.keySet());
            return keys;
        }

        private static String projectCode(PaymentPart.Kind kind, long project, Function<Long, String> code) {
            return kind == PaymentPart.Kind.PROJECT ? code.apply(project) : "";
        }

        private static String month(int year, int month) {
            return YearMonth.of(year, month).toString();
        }

        /** Records a difference unless both are the same amount (a missing row counts as zero); true if found. */
        private boolean compare(Difference.Subject subject, List<String> names, Difference.Field field,
                BigDecimal stored, BigDecimal recomputed) {
            BigDecimal was = stored == null ? BigDecimal.ZERO : stored;
            BigDecimal is = recomputed == null ? BigDecimal.ZERO : recomputed;
            if (was.compareTo(is) == 0) {
                return false;
            }
            found(new Difference(subject, names, field, plain(stored), plain(recomputed)));
            return true;
        }

        private void found(Difference difference) {
            differences++;
            if (listed.size() < LISTED) {
                listed.add(difference);
            }
        }
    }

    /** Where a part goes, whatever its amount. */
    private record PartKey(PaymentPart.Kind kind, long project) {
    }

    private static Map<PartKey, BigDecimal> byKey(List<PaymentPart> parts) {
        Map<PartKey, BigDecimal> byKey = new HashMap<>();
        parts.forEach(part -> byKey.merge(new PartKey(part.kind(), part.project()), part.euros(), BigDecimal::add));
        return byKey;
    }

    private static String codeOf(LedgerContribution contribution, long project) {
        int index = contribution.projects().indexOf(project);
        return index < 0 ? String.valueOf(project) : contribution.codes().get(index);
    }

    private static Difference.Field field(PaymentPart.Kind kind) {
        return switch (kind) {
            case PROJECT -> Difference.Field.PROJECT_PART;
            case UNDISCLOSED -> Difference.Field.UNDISCLOSED_PART;
            case NOT_EARMARKED -> Difference.Field.NOT_EARMARKED_PART;
        };
    }

    /** An amount as a person reads it: at least to the cent, without the storage's padding (1000.0000). */
    private static String plain(BigDecimal value) {
        if (Objects.isNull(value)) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2).toPlainString() : stripped.toPlainString();
    }
}
