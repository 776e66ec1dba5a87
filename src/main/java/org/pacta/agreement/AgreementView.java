package org.pacta.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agreement")
public record AgreementView(long id, String title, String summary, LocalDate signedOn, String place, String sourceUrl,
        AgreementStatus status, List<String> parties, String reviewSchedule, String reviewZone, Instant nextReviewAt,
        @com.fasterxml.jackson.annotation.JsonProperty("public") boolean isPublic,
        boolean remindOwners, List<String> coordinators, long version, Instant createdAt, Instant updatedAt,
        @Schema(description = "Escalations repeat in working days of the responsible party") boolean escalationInWorkingDays) {

    public static AgreementView of(Agreement a) {
        return new AgreementView(a.id, a.title, a.summary, a.signedOn, a.place, a.sourceUrl, a.status, a.partyCodes(),
                a.reviewSchedule, a.reviewZone, a.nextReviewAt, a.isPublic, a.remindOwners, List.copyOf(a.coordinators), a.version,
                a.createdAt, a.updatedAt, a.escalationInWorkingDays);
    }

    /** For anonymous readers: coordinators are people's email addresses, as private as owners'. */
    public AgreementView withoutCoordinators() {
        return new AgreementView(id, title, summary, signedOn, place, sourceUrl, status, parties, reviewSchedule, reviewZone,
                nextReviewAt, isPublic, remindOwners, List.of(), version, createdAt, updatedAt, escalationInWorkingDays);
    }
}
