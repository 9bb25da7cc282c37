package org.octopusdesk.service.rates;

/** Told, as a download goes, how many bytes arrived and how many the server announced. */
@FunctionalInterface
public interface DownloadProgress {

    DownloadProgress NONE = (bytes, expected) -> { };

    /** @param expected the length the server announced, or -1 when it did not say */
    void downloaded(long bytes, long expected);
}
