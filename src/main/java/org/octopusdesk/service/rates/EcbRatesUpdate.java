package org.octopusdesk.service.rates;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.octopusdesk.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the stored ECB rates up to date from the ECB's site, when a person asks (never on its own): the last 90
 * days when the stored rates reach back far enough, else the full history. The file is downloaded whole into a
 * temporary file, then imported like a file a person chose: checked whole, all of it or nothing, conflicts
 * reported and never applied, one entry in the audit trail naming the address.
 */
public final class EcbRatesUpdate {

    /** Within this many days of today the 90-day file (about 64 publications) still overlaps the stored rates. */
    static final int NINETY_DAY_FILE_REACH = 85;
    /** The refusal of a conversion whose rate is older than the four days allowed ({@code Conversion}). */
    static final String GAP_KEY = "error.rate.gap";
    /** The share of the progress bar the download takes; the import takes the rest. */
    private static final double DOWNLOAD_SHARE = 0.6;
    private static final Logger LOG = LoggerFactory.getLogger(EcbRatesUpdate.class);

    private final RatesService rates;
    private final EcbDownloader downloader;
    private final Clock clock;

    public EcbRatesUpdate(RatesService rates, EcbDownloader downloader, Clock clock) {
        this.rates = rates;
        this.downloader = downloader;
        this.clock = clock;
    }

    /** The same update with the files taken from another folder (a mirror, or a test's local server). */
    public EcbRatesUpdate from(URI base) {
        return new EcbRatesUpdate(rates, downloader.withBase(base), clock);
    }

    /** The file an update fetches: the full history when asked, or when the stored rates stop too long ago. */
    public EcbFile fileToFetch(boolean full) {
        if (full) {
            return EcbFile.FULL_HISTORY;
        }
        Optional<LocalDate> newest = rates.newestEcbDate();
        boolean recent = newest.isPresent()
                && ChronoUnit.DAYS.between(newest.get(), LocalDate.now(clock)) <= NINETY_DAY_FILE_REACH;
        return recent ? EcbFile.LAST_90_DAYS : EcbFile.FULL_HISTORY;
    }

    public URI addressOf(EcbFile file) {
        return downloader.addressOf(file);
    }

    /**
     * Downloads the file {@link #fileToFetch} chooses and imports it.
     *
     * @param downloaded told the bytes received and announced, as they come
     * @param progress told the share done, download and import, from 0 to 1
     * @param cancelled looked at during the download; once the import has begun it runs to its end, since a
     *        transaction is never interrupted
     * @throws RatesUpdateException why nothing was changed
     */
    public RatesUpdateReport update(boolean full, DownloadProgress downloaded, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        EcbFile file = fileToFetch(full);
        URI address = downloader.addressOf(file);
        progress.accept(0);
        Path temporary = temporaryFile(address, file);
        try {
            long bytes = downloader.download(address, temporary, (received, expected) -> {
                downloaded.downloaded(received, expected);
                // Without an announced length the bar moves against the file's usual size, short of its end.
                double share = expected > 0 ? (double) received / expected
                        : Math.min(0.9, (double) received / file.usualBytes());
                progress.accept(DOWNLOAD_SHARE * Math.min(1.0, share));
            }, cancelled);
            if (cancelled.getAsBoolean()) {
                throw new RatesUpdateCancelledException();
            }
            ImportReport imported;
            try {
                imported = rates.importDownload(address, temporary,
                        share -> progress.accept(DOWNLOAD_SHARE + (1 - DOWNLOAD_SHARE) * share));
            } catch (RatesFileException notEcb) {
                throw new RatesUpdateException("error.ratesUpdate.notEcbFile", address.toString(), notEcb)
                        .withCause(notEcb);
            }
            return new RatesUpdateReport(address, file, bytes, imported,
                    rates.newestEcbDate().orElse(imported.lastDay()));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.warn("Could not delete the downloaded file {}", temporary, e);
            }
        }
    }

    private static Path temporaryFile(URI address, EcbFile file) {
        try {
            return Files.createTempFile("octopus-desk-", "-" + file.fileName());
        } catch (IOException e) {
            throw new RatesUpdateException("error.ratesUpdate.failed", address.toString(), String.valueOf(e
                    .getMessage())).withCause(e);
        }
    }

    /**
     * Whether an update could let a refused conversion through: the refusal is a rate older than four days, for
     * a value date not in the future, of a currency whose last rate is the newest stored (the stored rates stop
     * there, not the ECB's publication of that currency, as for the rouble after 1 March 2022).
     */
    public boolean couldResolve(Throwable refusal) {
        if (!(refusal instanceof DomainException gap) || !GAP_KEY.equals(gap.messageKey())) {
            return false;
        }
        List<Object> arguments = gap.arguments();
        if (arguments.size() < 3 || !(arguments.get(1) instanceof LocalDate valueDate)
                || !(arguments.get(2) instanceof LocalDate lastRate)) {
            return false;
        }
        if (valueDate.isAfter(LocalDate.now(clock))) {
            return false;
        }
        return rates.newestEcbDate().map(newest -> !lastRate.isBefore(newest)).orElse(true);
    }
}
