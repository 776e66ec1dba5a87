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
            Instant now, MailWords w) {
        Deadline d = m == null ? c.deadline() : m.deadline();
        Instant asked = m == null ? c.confirmationAskedAt : m.confirmationAskedAt;
        String headline = switch (n.kind) {
            case CONFIRMATION -> Confirming.headline(n.stage, asked, now, w);
            case DISPUTED, ANSWERED, CONFIRMED -> Confirming.headline(n.kind, step == null ? null : step.party.code, w);
            default -> headline(n.kind, d, now, n.stage, w);
        };
        String dueLocal = d == null ? null : local(d, d.zone(), w);
        String forRecipient = d == null || recipientZone == null || recipientZone.equals(d.zone()) ? null
                : local(d, recipientZone, w);
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

    public Message reminderMessage(ReminderView v, Footer footer, MailWords w) {
        String subject = "[Pacta] " + v.headline() + ": " + w.isolate(v.title()) + " — "
                + w.isolate(shorten(v.agreementTitle(), 60)) + " (" + w.isolate(v.responsibleParty()) + ")";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminder", v);
        return new Message(oneLine(subject),
                in(reminderText, w).data("r", v).data("footer", footer).render(),
                in(reminderHtml, w).data("r", v).data("footer", footer).render(),
                v.itemKind() + "." + v.kind().toLowerCase(Locale.ROOT), data);
    }

    public Message reviewMessage(Briefing b, long reviewId, Footer footer, MailWords w) {
        String subject = "[Pacta] " + w.msg().review_subject(w.isolate(shorten(b.agreementTitle(), 80)), b.counts().overdue(),
                b.dueBeforeNextReview().size());
        String link = reviewsPage(pacta.baseUrl(), b.agreementId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reviewId", reviewId);
        data.put("briefing", b);
        return new Message(oneLine(subject),
                in(reviewText, w).data("b", b).data("link", link).data("footer", footer).render(),
                in(reviewHtml, w).data("b", b).data("link", link).data("footer", footer).render(), "agreement.review", data);
    }

    public Message digestMessage(List<ReminderView> reminders, List<Briefing> reviews, Footer footer, MailWords w) {
        int count = reminders.size() + reviews.size();
        MailMsg words = w.msg();
        String number = w.number(count);
        String subject = "[Pacta] " + switch (w.plural(count)) {
            case "one" -> words.digest_subject_one(number);
            case "few" -> words.digest_subject_few(number);
            case "many" -> words.digest_subject_many(number);
            default -> words.digest_subject_other(number);
        };
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reminders", reminders);
        data.put("reviews", reviews);
        Map<Long, String> reviewLinks = new LinkedHashMap<>();
        reviews.forEach(b -> reviewLinks.put(b.agreementId(), reviewsPage(pacta.baseUrl(), b.agreementId())));
        return new Message(subject,
                in(digestText, w).data("reminders", reminders).data("reviews", reviews).data("reviewLinks", reviewLinks)
                        .data("footer", footer).render(),
                in(digestHtml, w).data("reminders", reminders).data("reviews", reviews).data("reviewLinks", reviewLinks)
                        .data("footer", footer).render(),
                "digest", data);
    }

    /** A template in the reader's language: its {mail:…} words, digits and direction. */
    private static io.quarkus.qute.TemplateInstance in(Template template, MailWords w) {
        return template.instance().setLocale(w.locale()).data("lang", w.lang()).data("rtl", w.rtl())
                .data("comma", w.rtl() ? "،" : ",").data("pct", w.rtl() ? "٪" : "%");
    }

    /** "Due in 3 days", "Due tomorrow", "Due today", "Overdue by 2 days", "Still overdue (escalation 2)". */
    static String headline(Notification.Kind kind, Deadline d, Instant now, String stage, MailWords w) {
        MailMsg words = w.msg();
        return switch (kind) {
            case DUE_SOON, DUE_TODAY -> dueIn(d, now, w);
            case OVERDUE -> d.daysOverdue(now) > 1 ? words.overdue_by(w.days(d.daysOverdue(now))) : words.overdue();
            case ESCALATION -> words.escalation(w.days(d.daysOverdue(now)), w.number(rung(stage)));
            default -> kind.name();
        };
    }

    /** The escalation's number in a stage "ESCALATION:2". */
    static long rung(String stage) {
        try {
            return Long.parseLong(stage.substring(stage.lastIndexOf(':') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String dueIn(Deadline d, Instant now, MailWords w) {
        MailMsg words = w.msg();
        if (d.passedAt(now)) {
            return words.overdue();
        }
        if (d.dateOnly()) {
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, d.zone()), d.localDate());
            return days <= 0 ? words.due_today() : days == 1 ? words.due_tomorrow() : words.due_in(w.days(days));
        }
        Duration left = Duration.between(now, d.dueAt());
        if (left.toMinutes() < 60) {
            return words.due_in(w.minutes(Math.max(1, left.toMinutes())));
        }
        if (left.toHours() < 24) {
            return words.due_in(w.hours(left.toHours()));
        }
        return words.due_in(w.days((left.toHours() + 23) / 24));
    }

    static String local(Deadline d, ZoneId zone, MailWords w) {
        if (d.dateOnly() && zone.equals(d.zone())) {
            String period = d.precision() == org.pacta.commitment.DuePrecision.DAY || !"en".equals(w.lang())
                    ? w.date(d.localDate()) : d.precision().inEnglish(d.localDate());
            return w.msg().end_of(period, zone.getId());
        }
        return w.dateTime(d.dueAt().atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Subjects are header values: no line breaks, whatever the titles hold. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
