package org.octopusdesk.service.rates;

/** The two files the ECB keeps up to date that an update can fetch: the last 90 days, or the whole history. */
public enum EcbFile {

    /** About 90 days of publications as XML, some 30 KB. */
    LAST_90_DAYS("eurofxref-hist-90d.xml"),

    /** Every publication since 4 January 1999: a ZIP holding {@code eurofxref-hist.csv}, some 600 KB. */
    FULL_HISTORY("eurofxref-hist.zip");

    private final String fileName;

    EcbFile(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
