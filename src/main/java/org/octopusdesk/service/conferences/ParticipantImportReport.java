package org.octopusdesk.service.conferences;

/**
 * What a participants file added to its edition.
 *
 * @param imported the registrations made
 * @param alreadyRegistered the lines left out as the same as a registration the edition had already, or as an
 *     earlier line of the file
 */
public record ParticipantImportReport(int imported, int alreadyRegistered) {
}
