package org.octopusdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;

/** Meeting documents on real H2 with the real migrations, and their copies in the data folder. */
class MeetingDocumentServiceTest {

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    private TestDatabase database;
    private MeetingDocumentService documents;
    private Meeting twentyThird;
    private Meeting twentyFourth;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        documents = database.meetingDocuments();
        var plenary = database.meetings().seriesNamed("Plenary").id();
        twentyThird = database.meetings().create(new MeetingDraft(plenary, 23, LocalDate.of(2020, 11, 30),
                LocalDate.of(2020, 11, 30), MeetingFormat.ONLINE, "", ""));
        twentyFourth = database.meetings().create(new MeetingDraft(plenary, 24, LocalDate.of(2021, 5, 28),
                LocalDate.of(2021, 5, 28), MeetingFormat.ONLINE, "", ""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static MeetingDocumentDraft draft(String symbol, String title, Path file) {
        return new MeetingDocumentDraft(symbol, title, "", DocumentKind.MEETING_REPORT, LocalDate.of(2020, 12, 1),
                file, false);
    }

    @Test
    void proposesTheNextNumberOfTheYear() {
        assertThat(documents.proposedSymbol(2020).text()).isEqualTo("T-CY(2020)1");
        documents.create(twentyThird.id(), draft("T-CY(2020)33", "Meeting report", null));
        documents.create(twentyThird.id(), draft("T-CY(2020)16", "Agenda", null));
        assertThat(documents.proposedSymbol(2020).text()).isEqualTo("T-CY(2020)34");
        assertThat(documents.proposedSymbol(2021).text()).isEqualTo("T-CY(2021)1");
        assertThat(documents.documents(twentyThird.id())).extracting(document -> document.symbol().text())
                .containsExactly("T-CY(2020)16", "T-CY(2020)33");
    }

    @Test
    void aSymbolTakenIsRefusedNamingTheOtherDocumentAndItsMeetingWhateverTheLeadingZeros() {
        documents.create(twentyThird.id(), draft("T-CY(2020)33", "Meeting report", null));

        assertThatThrownBy(() -> documents.create(twentyFourth.id(), draft("T-CY(2020)033", "Other", null)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of(MeetingDocumentDraft.SYMBOL, "validation.document.symbolTaken",
                                "T-CY(2020)33", "Meeting report", "T-CY 23")));
    }

    @Test
    void copiesTheFileUnderANameMadeFromTheSymbolWhateverTheOriginalIsCalled() throws IOException {
        Path hostile = Files.writeString(elsewhere.resolve("..report;INIT=x $(rm) .PDF"), "the report");

        MeetingDocument created = documents.create(twentyThird.id(), draft("T-CY(2020)33", "Meeting report",
                hostile));

        Path copy = documents.file(created.id());
        assertThat(copy).isEqualTo(folder.toAbsolutePath().normalize().resolve("documents/T-CY-2020-33.pdf"));
        assertThat(Files.readString(copy)).isEqualTo("the report");
        assertThat(created.originalName()).isEqualTo("..report;INIT=x $(rm) .PDF");
        assertThat(Files.exists(hostile)).isTrue();
    }

    @Test
    void aMissingSourceOrAFolderIsRefusedBesideTheFileFieldAndNothingIsSaved() {
        Path missing = elsewhere.resolve("not-there.pdf");
        assertThatThrownBy(() -> documents.create(twentyThird.id(), draft("T-CY(2020)33", "Report", missing)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .containsExactly(FieldError.of(MeetingDocumentDraft.FILE, "validation.document.fileMissing",
                                missing.toString())));
        assertThatThrownBy(() -> documents.create(twentyThird.id(), draft("T-CY(2020)33", "Report", elsewhere)))
                .isInstanceOf(ValidationException.class);
        assertThat(documents.documents(twentyThird.id())).isEmpty();
    }

    @Test
    void aRefusedDocumentLeavesNoCopyBehind() throws IOException {
        documents.create(twentyThird.id(), draft("T-CY(2020)33", "Meeting report", null));
        Path file = Files.writeString(elsewhere.resolve("report.pdf"), "x");

        assertThatThrownBy(() -> documents.create(twentyFourth.id(), draft("T-CY(2020)33", "Other", file)))
                .isInstanceOf(ValidationException.class);

        Path copies = folder.resolve("documents");
        assertThat(!Files.exists(copies) || isEmpty(copies)).isTrue();
    }

    @Test
    void aCopyGoneFromTheDataFolderIsSaidSo() throws IOException {
        Path file = Files.writeString(elsewhere.resolve("report.pdf"), "x");
        MeetingDocument created = documents.create(twentyThird.id(), draft("T-CY(2020)33", "Meeting report", file));
        Files.delete(documents.file(created.id()));

        assertThatThrownBy(() -> documents.file(created.id())).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("error.document.fileGone"));
        MeetingDocument withoutFile = documents.create(twentyThird.id(), draft("T-CY(2020)34", "Note", null));
        assertThatThrownBy(() -> documents.file(withoutFile.id())).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("error.document.noFile"));
    }

    @Test
    void aNewFileReplacesTheCopyAndDeletingTheDocumentRemovesItWithAnAuditEntryEachTime() throws IOException {
        Path first = Files.writeString(elsewhere.resolve("draft.docx"), "draft");
        Path second = Files.writeString(elsewhere.resolve("final.pdf"), "final");
        MeetingDocument created = documents.create(twentyThird.id(), draft("T-CY(2020)33", "Meeting report", first));
        Path firstCopy = documents.file(created.id());

        MeetingDocument updated = documents.update(created.id(), draft("T-CY(2020)33", "Meeting report", second));
        Path secondCopy = documents.file(updated.id());
        assertThat(Files.exists(firstCopy)).isFalse();
        assertThat(Files.readString(secondCopy)).isEqualTo("final");
        assertThat(updated.originalName()).isEqualTo("final.pdf");

        MeetingDocument unchanged = documents.update(created.id(), new MeetingDocumentDraft("T-CY(2020)33",
                "Meeting report", "Rapport de réunion", DocumentKind.MEETING_REPORT, null, null, false));
        assertThat(unchanged.fileName()).isEqualTo(updated.fileName());
        assertThat(unchanged.title(java.util.Locale.FRENCH)).isEqualTo("Rapport de réunion");

        documents.delete(created.id());
        assertThat(Files.exists(secondCopy)).isFalse();
        assertThat(database.audit().latest(MeetingDocumentService.AUDIT_TYPE, "T-CY(2020)33", 10)).hasSize(4);
    }

    @Test
    void removingTheCopyKeepsTheDocument() throws IOException {
        Path file = Files.writeString(elsewhere.resolve("report.pdf"), "x");
        MeetingDocument created = documents.create(twentyThird.id(), draft("T-CY(2020)33", "Meeting report", file));
        Path copy = documents.file(created.id());

        MeetingDocument kept = documents.update(created.id(), new MeetingDocumentDraft("T-CY(2020)33",
                "Meeting report", "", DocumentKind.MEETING_REPORT, null, null, true));

        assertThat(kept.hasFile()).isFalse();
        assertThat(Files.exists(copy)).isFalse();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.findAny().isEmpty();
        }
    }
}
