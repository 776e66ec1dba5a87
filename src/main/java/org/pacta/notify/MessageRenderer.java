package org.pacta.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.ConfirmationStep;
import org.pacta.commitment.Deadline;
import org.pacta.commitment.Milestone;

/** Turns a notification and what it is about into words, at the moment it is sent (so "due in N days" is true). */
@ApplicationScoped
public class MessageRenderer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    org.pacta.platform.PactaConfig pacta;

    @Inject
    ObjectMapper mapper;

    @Inject
    @Location("mail/reminder.txt")
    Template reminderText;

    @Inject
    @Location("mail/reminder.html")
    Template reminderHtml;

    @Inject
    @Location("mail/review.txt")
    Template reviewText;

    @Inject
    @Location("mail/review.html")
    Template reviewHtml;

    @Inject
    @Location("mail/digest.txt")
    Template digestText;

    @Inject
    @Location("mail/digest.html")
    Template digestHtml;

    /** Why this recipient gets it, and how to stop. */
    public record Footer(String reason, String unsubscribeUrl) {
    }

    /** {@code step} is the thread's step a DISPUTED, ANSWERED or CONFIRMED notification tells of; null otherwise. */
    public ReminderView reminder(Notification n, Commitment c, Milestone m, ConfirmationStep step, ZoneId recipientZone,
            Instant now) {
        Deadline d = m == null ? c.deadline() : m.deadline();
        Instant asked = m == null ? c.confirmationAskedAt : m.confirmationAskedAt;
        String headline = switch (n.kind) {
            case CONFIRMATION -> Confirming.headline(n.stage, asked, now);
            case DISPUTED, ANSWERED, CONFIRMED -> Confirming.headline(n.kind, step == null ? null : step.party.code);
            default -> headline(n.kind, d, now, n.stage);
        };
        String dueLocal = d == null ? null : local(d, d.zone());
        String forRecipient = d == null || recipientZone == null || recipientZone.equals(d.zone()) ? null : local(d, recipientZone);
        return new ReminderView(n.kind.name(), n.stage, headline, m == null ? "commitment" : "milestone", c.id,
                m == null ? null : m.id, m == null ? c.title : m.title, c.title, c.agreement.id, c.agreement.title,
                c.responsibleParty.code, c.responsibleParty.name, c.ownerName, c.ownerEmail, d == null ? null : d.dueAt(),
                d == null ? null : d.zone().getId(), dueLocal, forRecipient, c.status.name(), c.percentComplete,
                d == null || n.kind == Notification.Kind.CONFIRMATION ? 0 : d.daysOverdue(now),
                commitmentPage(pacta.baseUrl(), c.id, m != null), pacta.baseUrl() + "/api/commitments/" + c.id,
                n.kind == Notification.Kind.CONFIRMATION ? asked : null, step == null ? null : step.party.code,
                step == null ? null : step.note, step == null ? List.of() : List.copyOf(step.evidence));
    }

    /**
     * Where a person reads about a commitment (or one of its milestones): its page, which asks a reader who is not
     * signed in to sign in and then comes back to it. Emails and calendar entries link here, never to the JSON API.
     */
    public static String commitmentPage(String baseUrl, long commitmentId, boolean milestones) {
        return baseUrl + "/commitments/" + commitmentId + (milestones ? "#milestones" : "");
    }

    /** The page of an agreement's reviews, where a review briefing is followed up. */
    public static String reviewsPage(String baseUrl, long agreementId) {
        return baseUrl + "/agreements/" + agreementId + "/reviews";
    }

    public Message reminderMessage(ReminderView v, Footer footer) {
        String subject = "[Pacta] " + v.headline() + ": " + v.title() + " — " + shorten(v.agreementTitle(), 60) + " ("
                + v.responsibleParty() + ")";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminder", v);
        return new Message(oneLine(subject),
                reminderText.data("r", v).data("footer", footer).render(),
                reminderHtml.data("r", v).data("footer", footer).render(),
                v.itemKind() + "." + v.kind().toLowerCase(Locale.ROOT), data);
    }

    public Message reviewMessage(Briefing b, long reviewId, Footer footer) {
        String subject = "[Pacta] Review of " + shorten(b.agreementTitle(), 80) + ": " + b.counts().overdue() + " overdue, "
                + b.dueBeforeNextReview().size() + " due before the next review";
        String link = reviewsPage(pacta.baseUrl(), b.agreementId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reviewId", reviewId);
        data.put("briefing", b);
        return new Message(oneLine(subject),
                reviewText.data("b", b).data("link", link).data("footer", footer).render(),
                reviewHtml.data("b", b).data("link", link).data("footer", footer).render(), "agreement.review", data);
    }

    public Message digestMessage(List<ReminderView> reminders, List<Briefing> reviews, Footer footer) {
        int count = reminders.size() + reviews.size();
        String subject = "[Pacta] Daily digest: " + count + (count == 1 ? " item" : " items");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminders", reminders);
        data.put("reviews", reviews);
        Map<Long, String> reviewLinks = new LinkedHashMap<>();
        reviews.forEach(b -> reviewLinks.put(b.agreementId(), reviewsPage(pacta.baseUrl(), b.agreementId())));
        return new Message(subject,
                digestText.data("reminders", reminders).data("reviews", reviews).data("reviewLinks", reviewLinks)
                        .data("footer", footer).render(),
                digestHtml.data("reminders", reminders).data("reviews", reviews).data("reviewLinks", reviewLinks)
                        .data("footer", footer).render(),
                "digest", data);
    }

    /** "Due in 3 days", "Due tomorrow", "Due today", "Overdue by 2 days", "Still overdue (escalation 2)". */
    static String headline(Notification.Kind kind, Deadline d, Instant now, String stage) {
        return switch (kind) {
            case DUE_SOON, DUE_TODAY -> dueIn(d, now);
            case OVERDUE -> "Overdue" + (d.daysOverdue(now) > 1 ? " by " + d.daysOverdue(now) + " days" : "");
            case ESCALATION -> "Still overdue after " + d.daysOverdue(now) + (d.daysOverdue(now) == 1 ? " day" : " days")
                    + " (escalation " + stage.substring(stage.lastIndexOf(':') + 1) + ")";
            default -> kind.name();
        };
    }

    static String dueIn(Deadline d, Instant now) {
        if (d.passedAt(now)) {
            return "Overdue";
        }
        if (d.dateOnly()) {
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, d.zone()), d.localDate());
            return days <= 0 ? "Due today" : days == 1 ? "Due tomorrow" : "Due in " + days + " days";
        }
        Duration left = Duration.between(now, d.dueAt());
        if (left.toMinutes() < 60) {
            long minutes = Math.max(1, left.toMinutes());
            return "Due in " + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (left.toHours() < 24) {
            return "Due in " + left.toHours() + (left.toHours() == 1 ? " hour" : " hours");
        }
        long days = (left.toHours() + 23) / 24;
        return "Due in " + days + " days";
    }

    static String local(Deadline d, ZoneId zone) {
        if (d.dateOnly() && zone.equals(d.zone())) {
            String period = d.precision() == org.pacta.commitment.DuePrecision.DAY ? DAY.format(d.localDate())
                    : d.precision().inEnglish(d.localDate());
            return "by the end of " + period + " (" + zone.getId() + ")";
        }
        return DAY_TIME.format(d.dueAt().atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Subjects are header values: no line breaks, whatever the titles hold. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
