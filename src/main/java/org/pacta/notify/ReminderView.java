package org.pacta.notify;

import java.time.Instant;
import java.util.List;

/**
 * What a reminder says about one commitment or milestone, for the templates and the webhook payload. {@code link} is
 * the page people open (it asks them to sign in first when they must); {@code apiUrl} the same item in the JSON API.
 * The deadline fields are null for an undated item. A step of a completion's thread brings what its party said
 * ({@code saidBy}, {@code said}, {@code evidence}); a reminder to confirm, when the completion was put to the other
 * parties ({@code confirmationAskedAt}).
 */
public record ReminderView(String kind, String stage, String headline, String itemKind, long commitmentId,
        Long milestoneId, String title, String commitmentTitle, long agreementId, String agreementTitle,
        String responsibleParty, String partyName, String ownerName, String ownerEmail, Instant dueAt, String dueZone,
        String dueLocal, String dueForRecipient, String status, int percentComplete, long daysOverdue, String link,
        String apiUrl, Instant confirmationAskedAt, String saidBy, String said, List<String> evidence) {
}
