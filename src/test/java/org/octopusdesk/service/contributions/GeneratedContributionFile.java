package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.persistence.TestDatabase;

/**
 * A large valid contributions file, as issue 9 measured: per pledge three lines (the pledge, one earmark by share,
 * amount or undisclosed, one payment in the pledge's currency, converted by the rules or from the bank's euros),
 * some pledges cancelled after a part payment. Mixed currencies, agreements from 2000 to 2025. Fixed seed.
 */
public final class GeneratedContributionFile {

    public static final String HEADER = "record,reference,donor,date,amount,currency,project,share_percent,"
            + "bank_eur,intermediary,cancelled_on,cancel_reason,note,confirmed_warnings\n";
    private static final String[] CURRENCIES = {"EUR", "EUR", "USD", "GBP", "CAD", "JPY", "CHF"};
    private static final int DONORS = 40;
    private static final int PROJECTS = 12;
    private static final int AMOUNT_COLUMN = 4;

    private GeneratedContributionFile() {
    }

    /** Creates the donors and projects the file names, through the services. */
    public static void prepare(TestDatabase database) {
        for (int i = 1; i <= DONORS; i++) {
            database.donors().create(new DonorDraft(donor(i), DonorKind.STATE_PARTY, "Country " + i, ""));
        }
        for (int i = 1; i <= PROJECTS; i++) {
            database.projects().create(new ProjectDraft(project(i), "Project " + i, LocalDate.of(1999, 1, 1),
                    LocalDate.of(2030, 12, 31), ProjectStatus.RUNNING, null, "", List.of(), null));
        }
    }

    /**
     * The file's lines, header first: {@code lines} lines after the header (rounded down to whole pledges).
     *
     * @param badLine the line number (the header is line 1) whose amount is replaced by a word, or 0 for none
     */
    public static String text(int lines, int badLine) {
        Random random = new Random(9);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= lines / 3; i++) {
            String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
            LocalDate agreed = LocalDate.of(2000, 1, 3).plusDays(random.nextInt(9_400));
            BigDecimal amount = BigDecimal.valueOf(2 * (500 + random.nextInt(50_000)));
            String reference = "GEN-" + i;
            boolean cancelled = i % 11 == 0;
            rows.add(String.join(",", "pledge", reference, donor(1 + random.nextInt(DONORS)), agreed.toString(),
                    amount.toPlainString(), currency, "", "", "", "", cancelled ? agreed.plusDays(90).toString() : "",
                    cancelled ? "Ended early" : "", "Generated pledge " + i, ""));
            String project = project(1 + random.nextInt(PROJECTS));
            rows.add(switch (i % 3) {
                case 0 -> String.join(",", "allocation", reference, "", "", "", "", project, "100", "", "", "", "",
                        "", "");
                case 1 -> String.join(",", "allocation", reference, "", "", amount.toPlainString(), currency, project,
                        "", "", "", "", "", "", "");
                default -> String.join(",", "allocation", reference, "", "", "", "", project, "", "", "", "", "",
                        "", "");
            });
            BigDecimal paid = cancelled ? amount.divide(BigDecimal.valueOf(2)) : amount;
            String bank = !currency.equals("EUR") && i % 7 == 0 ? paid.divide(BigDecimal.valueOf(2)).toPlainString()
                    : "";
            // Half the amount in euros is a rate of 2 whatever the currency: confirmed, as far from the ECB's.
            rows.add(String.join(",", "payment", reference, "", agreed.plusDays(10 + random.nextInt(50)).toString(),
                    paid.toPlainString(), currency, "", "", bank, "", "", "", "Generated payment " + i,
                    bank.isEmpty() ? "" : "BANK_RATE"));
        }
        if (badLine > 1 && badLine - 2 < rows.size()) {
            String[] cells = rows.get(badLine - 2).split(",", -1);
            cells[AMOUNT_COLUMN] = "ten";
            rows.set(badLine - 2, String.join(",", cells));
        }
        return HEADER + String.join("\n", rows) + "\n";
    }

    private static String donor(int i) {
        return String.format("Donor %03d", i);
    }

    private static String project(int i) {
        return String.format("P%02d", i);
    }
}
