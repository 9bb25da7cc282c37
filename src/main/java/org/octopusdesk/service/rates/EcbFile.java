package org.octopusdesk.service.rates;

/** The two files the ECB keeps up to date that an update can fetch: the last 90 days, or the whole history. */
public enum EcbFile {

    /** About 90 days of publications as XML. */
    LAST_90_DAYS("eurofxref-hist-90d.xml", 80_000),

    /** Every publication since 4 January 1999: a ZIP holding {@code eurofxref-hist.csv}. */
    FULL_HISTORY("eurofxref-hist.zip", 600_000);

    private final String fileName;
    private final long usualBytes;

    EcbFile(String fileName, long usualBytes) {
        this.fileName = fileName;
        this.usualBytes = usualBytes;
    }

    /** About how large the file is, for a progress bar when the server does not say. */
    public long usualBytes() {
        return usualBytes;
    }

    public String fileName() {
        return fileName;
    }
}
