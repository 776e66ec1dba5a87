package org.pacta.followup;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.notify.Dispatcher;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Mailbox;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * A commitment's follow-up told as it happens: the clock moves, the sweep and the dispatcher run as their jobs
 * would, and a real SMTP server shows what each person received.
 */
@QuarkusTest
class FollowupScenarioTest {

    static final Mailbox MAIL = new Mailbox();

    @Inject
    MutableClock clock;

    @Inject
    FollowupSweep sweep;

    @Inject
    Dispatcher dispatcher;

    @BeforeAll
    static void startMail() {
        MAIL.start();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @BeforeEach
    void resetClock() {
        clock.set(TestClockProducer.START);
    }

    /** What the jobs do at a moment: decide what is owed, then deliver it. */
    void runAt(Instant moment) {
        clock.set(moment);
        sweep.sweep();
        dispatcher.runOnce();
    }

    static String email(String who) {
        return who + "-" + unique("x").substring(2).replace(" ", "") + "@example.org";
    }

    static List<String> subjects(String address) {
        return MAIL.to(address).stream().map(Mailbox::subject).toList();
    }

    @Test
    void aCommitmentsLifeFromTwentyDaysBeforeDueToThreeEscalations() {
        String owner = email("owner");
        String coordinator = email("coord");
        String party = party("UTC");
        long agreementId = agreement(agreementBody(party).with("coordinators", List.of(coordinator)));
        // Due by the end of 21 March (UTC): 2026-03-22T00:00Z, twenty days after the start of the test's time.
        long id = commitment(agreementId, commitmentBody(party).without("dueAt").with("dueDate", "2026-03-21")
                .with("title", "Open the rail link").with("owner", Map.of("name", "Owner", "email", owner)));

        runAt(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat("nothing is owed 19 days ahead", subjects(owner), empty());

        runAt(Instant.parse("2026-03-07T08:01:00Z"));
        runAt(Instant.parse("2026-03-07T09:00:00Z"));
        runAt(Instant.parse("2026-03-18T08:01:00Z"));
        runAt(Instant.parse("2026-03-20T08:01:00Z"));
        runAt(Instant.parse("2026-03-21T08:01:00Z"));
        runAt(Instant.parse("2026-03-22T00:00:00Z"));
        runAt(Instant.parse("2026-03-29T00:01:00Z"));
        runAt(Instant.parse("2026-04-05T00:01:00Z"));
        runAt(Instant.parse("2026-04-12T00:01:00Z"));
        runAt(Instant.parse("2026-04-12T06:00:00Z"));

        List<String> subjects = subjects(owner);
        assertThat(subjects, hasSize(8));
        assertThat(subjects.get(0), startsWith("[Pacta] Due in 14 days: Open the rail link"));
        assertThat(subjects.get(1), startsWith("[Pacta] Due in 3 days: Open the rail link"));
        assertThat(subjects.get(2), startsWith("[Pacta] Due tomorrow: Open the rail link"));
        assertThat(subjects.get(3), startsWith("[Pacta] Due today: Open the rail link"));
        assertThat(subjects.get(4), startsWith("[Pacta] Overdue: Open the rail link"));
        assertThat(subjects.get(5), startsWith("[Pacta] Still overdue after 8 days (escalation 1): Open the rail link"));
        assertThat(subjects.get(6), containsString("(escalation 2)"));
        assertThat(subjects.get(7), containsString("(escalation 3)"));
        assertThat(subjects, everyItem(containsString("(" + party + ")")));
        // The owner's ladder tells coordinators from the fourth escalation only.
        assertThat(subjects(coordinator), empty());

        MimeMessage first = MAIL.to(owner).get(0);
        assertThat(Mailbox.header(first, "Auto-Submitted"), equalTo("auto-generated"));
        assertThat(Mailbox.header(first, "X-Pacta-Key"), startsWith("commitment:" + id + ":"));
        assertThat(Mailbox.header(first, "Message-ID"), startsWith("<"));
        assertThat(Mailbox.header(first, "List-Unsubscribe"), containsString("/unsubscribe/"));
        assertThat(Mailbox.text(first), containsString("/api/commitments/" + id));

        runAt(Instant.parse("2026-04-19T00:01:00Z"));
        assertThat(subjects(coordinator), contains(containsString("(escalation 4)")));
    }

    @Test
    void runningTheSweepTwiceAtTheSameInstantCreatesNothingNew() {
        String owner = email("twice");
        String party = party("UTC");
        long id = commitment(agreement(party), commitmentBody(party).with("owner", Map.of("email", owner))
                .with("dueAt", "2026-03-03T12:00:00Z"));
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        long created = notifications(id);
        sweep.sweep();
        assertThat(notifications(id), equalTo(created));
        assertThat(created, equalTo(1L));
    }

    @Test
    void aRevisedDeadlineCancelsWhatNoLongerAppliesAndItsOwnRemindersFollow() {
        String owner = email("revised");
        String party = party("UTC");
        long id = commitment(agreement(party), commitmentBody(party).with("owner", Map.of("email", owner))
                .with("dueAt", "2026-03-03T12:00:00Z"));
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        json().body(Body.of("dueAt", "2026-04-30T12:00:00Z", "reason", "Customs procedures took longer"))
                .post("/api/commitments/{id}/deadline", id).then().statusCode(200);
        json().get("/api/notifications?commitment={id}", id).then().statusCode(200)
                .body("items.status", contains("CANCELLED"))
                .body("items[0].lastError", containsString("deadline changed"));
        dispatcher.runOnce();
        assertThat(subjects(owner), empty());

        runAt(Instant.parse("2026-04-27T12:01:00Z"));
        assertThat(subjects(owner), contains(startsWith("[Pacta] Due in 3 days")));
    }

    @Test
    void doneStopsEveryReminder() {
        String owner = email("done");
        String party = party("UTC");
        long id = commitment(agreement(party), commitmentBody(party).with("owner", Map.of("email", owner))
                .with("dueAt", "2026-03-03T12:00:00Z"));
        clock.set(Instant.parse("2026-03-02T13:00:00Z"));
        sweep.sweep();
        json().body(Body.of("status", "DONE", "evidence", List.of("https://example.org/report.pdf")))
                .post("/api/commitments/{id}/updates", id).then().statusCode(201);
        runAt(Instant.parse("2026-03-10T00:00:00Z"));
        runAt(Instant.parse("2026-04-10T00:00:00Z"));
        assertThat(subjects(owner), empty());
        json().get("/api/notifications?commitment={id}&status=PENDING,RETRY,SENDING", id).then().body("total", equalTo(0));
    }

    @Test
    void downForAnHourAcrossSeveralDueMomentsTheLatestRungGoesOutOnce() {
        String owner = email("downtime");
        String party = party("UTC");
        // Due 2026-03-05T10:00Z: P3D, P1D and DUE_TODAY all pass while Pacta "sleeps" for days.
        commitment(agreement(party), commitmentBody(party).with("owner", Map.of("email", owner))
                .with("dueAt", "2026-03-05T10:00:00Z"));
        runAt(Instant.parse("2026-03-01T10:00:00Z"));
        runAt(Instant.parse("2026-03-05T09:00:00Z"));
        runAt(Instant.parse("2026-03-05T09:00:00Z"));
        // Created inside the 14-day window: its latest rung then; after the outage only the due-day one, once.
        assertThat(subjects(owner), contains(startsWith("[Pacta] Due in 4 days"), startsWith("[Pacta] Due in 1 hour")));
    }

    @Test
    void aCommitmentCreatedInsideALeadWindowGetsTheLatestStageOnce() {
        String owner = email("late-created");
        String party = party("UTC");
        clock.set(Instant.parse("2026-03-01T09:00:00Z"));
        // Due by the end of tomorrow: the "1 day" morning reminder (today 08:00) has already come.
        commitment(agreement(party), commitmentBody(party).without("dueAt").with("dueDate", "2026-03-02")
                .with("owner", Map.of("email", owner)));
        runAt(Instant.parse("2026-03-01T09:01:00Z"));
        runAt(Instant.parse("2026-03-01T09:02:00Z"));
        assertThat(subjects(owner), contains(startsWith("[Pacta] Due tomorrow")));
    }

    @Test
    void anAgreementCanTurnOwnersRemindersOff() {
        String owner = email("quiet");
        String party = party("UTC");
        long agreementId = agreement(agreementBody(party).with("remindOwners", false));
        commitment(agreementId, commitmentBody(party).with("owner", Map.of("email", owner)).with("dueAt", "2026-03-02T12:00:00Z"));
        runAt(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(subjects(owner), empty());
    }

    long notifications(long commitmentId) {
        return json().get("/api/notifications?commitment={id}", commitmentId).then().statusCode(200).extract().jsonPath()
                .getLong("total");
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
