package org.pacta.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.AgreementService;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.CommitmentStatus;
import org.pacta.commitment.DeadlineChange;
import org.pacta.commitment.ProgressUpdate;
import org.pacta.notify.Briefing;
import org.pacta.notify.Draft;
import org.pacta.notify.Notification;
import org.pacta.notify.Outbox;
import org.pacta.notify.Recipients;
import org.pacta.notify.Subscription;
import org.pacta.platform.Refusal;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;

/**
 * Reviews at the moments an agreement's review schedule names. After downtime only the latest missed review is
 * held (a briefing about the present, not a pile of stale ones), and the schedule moves on to the next future one.
 */
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);
    private static final int BATCH = 100;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    AgreementService agreements;

    @Inject
    org.pacta.security.Access access;

    @Inject
    org.pacta.security.Audit audit;

    @Inject
    org.pacta.platform.ScheduledWork work;

    /** Holds every review that has come due; returns how many were held. */
    public int runDue() {
        Instant now = clock.instant();
        int held = 0;
        while (true) {
            List<Long> due = QuarkusTransaction.requiringNew().call(() -> Agreement.find(
                    "select a.id from Agreement a where a.nextReviewAt <= ?1 order by a.nextReviewAt", now)
                    .project(Long.class).page(0, BATCH).list());
            for (Long id : due) {
                if (work.stopping()) {
                    return held;
                }
                if (QuarkusTransaction.requiringNew().call(() -> holdDue(id, now))) {
                    held++;
                }
            }
            if (due.size() < BATCH) {
                return held;
            }
        }
    }

    boolean holdDue(long agreementId, Instant now) {
        Agreement a = Agreement.findById(agreementId);
        if (a == null || a.nextReviewAt == null || a.nextReviewAt.isAfter(now)) {
            return false;
        }
        Instant occurrence = a.nextReviewAt;
        Instant next = AgreementService.nextReview(a, occurrence);
        while (next != null && !next.isAfter(now)) {
            occurrence = next;
            next = AgreementService.nextReview(a, occurrence);
        }
        a.nextReviewAt = next;
        if (Review.count("agreement = ?1 and occurrence = ?2", a, occurrence) > 0) {
            return false;
        }
        Review review = hold(a, occurrence, next, true, now);
        List<Draft> drafts = new ArrayList<>();
        for (Subscription s : monitors(a)) {
            drafts.add(draft(a, review, Notification.RecipientKind.SUBSCRIPTION, s, s.channel, s.address(), "sub:" + s.id));
        }
        for (String email : a.coordinators) {
            drafts.add(draft(a, review, Notification.RecipientKind.COORDINATOR, null, Subscription.Channel.EMAIL, email,
                    "coord:" + email));
        }
        int sent = outbox.add(drafts, now);
        LOG.infof("Review of agreement %d held for %s: briefing to %d monitor(s)", a.id, occurrence, sent);
        return true;
    }

    private static Draft draft(Agreement a, Review r, Notification.RecipientKind kind, Subscription s,
            Subscription.Channel channel, String address, String recipientKey) {
        String key = "review:" + a.id + ":" + r.occurrence.getEpochSecond() + ":" + recipientKey;
        return new Draft(key, Notification.Kind.REVIEW, "REVIEW", null, null, a.id, r.id, r.occurrence, kind, s, channel,
                address);
    }

    private static List<Subscription> monitors(Agreement a) {
        var scopes = Recipients.scopesOfAgreement(a.id, a.parties.stream().map(p -> p.id).toList());
        return Recipients.following(scopes);
    }

    /** Writes the review with its briefing as things stand now. */
    Review hold(Agreement a, Instant occurrence, Instant next, boolean scheduled, Instant now) {
        Review previous = Review.find("agreement = ?1 and occurrence < ?2 order by occurrence desc", a, occurrence)
                .firstResult();
        Instant since = previous == null ? a.createdAt : previous.occurrence;
        Review review = new Review();
        review.agreement = a;
        review.occurrence = occurrence;
        review.scheduled = scheduled;
        review.heldAt = now;
        review.nextReview = next;
        review.briefing = json(briefing(a, occurrence, since, next, now));
        review.persist();
        return review;
    }

    Briefing briefing(Agreement a, Instant occurrence, Instant since, Instant next, Instant now) {
        List<Commitment> commitments = Commitment.find("select c from Commitment c join fetch c.responsibleParty"
                + " where c.agreement = ?1 order by c.dueAt nulls last, c.id", a).list();
        List<Briefing.Line> lines = commitments.stream().map(c -> line(c, now)).toList();
        List<Briefing.Change> changes = new ArrayList<>();
        ProgressUpdate.<ProgressUpdate>find("commitment.agreement = ?1 and recordedAt > ?2 and recordedAt <= ?3", a, since, now)
                .list().forEach(u -> changes.add(Briefing.Change.progress(u.commitment.id, u.commitment.title, u.recordedAt,
                        u.author, u.newStatus.name(), u.percentComplete, u.note)));
        DeadlineChange.<DeadlineChange>find("commitment.agreement = ?1 and changedAt > ?2 and changedAt <= ?3", a, since, now)
                .list().forEach(d -> changes.add(Briefing.Change.deadline(d.commitment.id, d.commitment.title, d.changedAt,
                        d.author, d.oldDueAt, d.oldUndated, d.newDueAt, d.reason)));
        changes.sort(Comparator.comparing(Briefing.Change::at));
        List<Briefing.Line> overdue = lines.stream().filter(Briefing.Line::overdue)
                .sorted(Comparator.comparing(Briefing.Line::daysOverdue).reversed()).toList();
        Instant horizon = next == null ? now : next;
        List<Briefing.Line> dueSoon = lines.stream()
                .filter(l -> l.status().isOpen() && !l.overdue() && l.dueAt() != null && !l.dueAt().isAfter(horizon))
                .toList();
        int reported = (int) commitments.stream().filter(Commitment::isReportedDoneOnly).count();
        int done = (int) lines.stream().filter(l -> l.status() == CommitmentStatus.DONE).count() - reported;
        int open = (int) lines.stream().filter(l -> l.status().isOpen()).count();
        return new Briefing(a.id, a.title, occurrence, since, next,
                new Briefing.Counts(lines.size(), done, open, overdue.size(), reported == 0 ? null : reported), lines, changes, overdue, dueSoon);
    }

    private static Briefing.Line line(Commitment c, Instant now) {
        Party p = c.responsibleParty;
        return new Briefing.Line(c.id, c.title, p.code, c.status, c.percentComplete, c.dueAt,
                !c.isUndated() && c.dueDateOnly ? c.deadline().localDate() : null, c.isOverdue(now), c.daysOverdue(now),
                c.slippageDays(), c.undated, c.responsibleBody, c.reference);
    }

    private String json(Briefing b) {
        try {
            return mapper.writeValueAsString(b);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Briefing not serializable", e);
        }
    }

    public Briefing read(Review r) {
        try {
            return mapper.readValue(r.briefing, Briefing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored briefing of review " + r.id + " unreadable", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ReviewView> views(long agreementId, PageRequest page) {
        return list(agreementId, page).map(this::view);
    }

    public ReviewView view(Review r) {
        return new ReviewView(r.id, r.agreement.id, r.occurrence, r.scheduled, r.heldAt, r.nextReview, read(r),
                r.notes.stream().map(n -> new ReviewView.NoteView(n.author, n.writtenAt, n.text)).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Review> list(long agreementId, PageRequest page) {
        Agreement a = agreements.get(agreementId);
        var q = Review.find("agreement = ?1 order by occurrence desc, id desc", a);
        return PageResult.of(q.page(page.page(), page.size()).list(), page, q.count());
    }

    /**
     * An official's notes: on the given review, else on a review recorded now (with a fresh briefing), which is
     * how a review meeting held outside the schedule is written down.
     */
    @Transactional
    public Review addNotes(long agreementId, Long reviewId, String text, String author) {
        Agreement a = agreements.get(agreementId);
        access.requireEditAgreement(a::partyIds);
        Instant now = clock.instant();
        Review review;
        if (reviewId != null) {
            review = Review.findById(reviewId);
            if (review == null || !review.agreement.id.equals(a.id)) {
                throw Refusal.notFound(r -> r.review_not_found(reviewId, a.id));
            }
        } else {
            // Two officials writing at the same instant add to one recorded review.
            Review same = Review.find("agreement = ?1 and occurrence = ?2", a, now).firstResult();
            review = same != null ? same : hold(a, now, a.nextReviewAt, false, now);
        }
        ReviewNote note = new ReviewNote();
        note.review = review;
        note.author = access.user().isSystem() ? author : access.user().author();
        note.text = text;
        note.writtenAt = now;
        note.persist();
        review.notes.add(note);
        audit.record(org.pacta.security.Audit.CREATE, "REVIEW", review.id, null, null, java.util.Map.of("agreementId", a.id, "notes", text));
        LOG.infof("Review %d of agreement %d: notes added by %s", review.id, a.id, author);
        return review;
    }
}
