package org.pacta.commitment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.getCommitment;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.progress;
import static org.pacta.testsupport.Api.reviseDeadline;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * A commitment's whole life, as the officials of a bilateral roadmap live it: promised, checked on, delayed
 * with a reason, late, reported, and finally delivered with evidence.
 */
@QuarkusTest
class CommitmentLifecycleScenarioTest {

    @Inject
    MutableClock clock;

    @BeforeEach
    void itIsTheFirstOfMarch() {
        clock.set(TestClockProducer.START);
    }

    @Test
    void aCommitmentIsPromisedDelayedLateReportedAndDelivered() {
        // Iran and Belarus sign a roadmap; Iran promises a rail timetable by the end of 3 March, Tehran time.
        String iran = party("Asia/Tehran");
        String belarus = party("Europe/Minsk");
        long roadmap = agreement(iran, belarus);
        long timetable = commitment(roadmap, commitmentBody(iran).without("dueAt").with("dueDate", "2026-03-03")
                .with("owner", Map.of("name", "Ali Rezaei", "email", "ali@example.ir")));
        assertThat(getCommitment(timetable).getString("dueAt"), equalTo("2026-03-03T20:30:00Z"));

        // A checkpoint on the way, and a first report from the working group.
        long draft = milestone(timetable, Body.of("title", "Draft timetable exchanged", "dueDate", "2026-03-02"));
        progress(timetable, Body.of("status", "IN_PROGRESS", "percentComplete", 40, "note", "Working group met",
                "author", "Ali Rezaei"));

        // The rolling stock is late: the deadline moves a week, and the reason is kept.
        JsonPath revised = reviseDeadline(timetable, Body.of("dueDate", "2026-03-10",
                "reason", "Rolling stock delivery slipped", "author", "Ali Rezaei"));
        assertThat(revised.getString("dueAt"), equalTo("2026-03-10T20:30:00Z"));
        assertThat(revised.getString("baselineDueAt"), equalTo("2026-03-03T20:30:00Z"));
        assertThat(revised.getInt("slippageDays"), equalTo(7));
        assertThat(revised.getBoolean("overdue"), equalTo(false));

        // Time passes and the new deadline goes by without delivery.
        clock.set(Instant.parse("2026-03-12T00:00:00Z"));
        JsonPath late = getCommitment(timetable);
        assertThat(late.getBoolean("overdue"), equalTo(true));
        assertThat(late.getInt("daysOverdue"), equalTo(2));
        assertThat(late.getString("status"), equalTo("IN_PROGRESS"));

        // The monitors' overdue report shows the commitment and its missed checkpoint, most overdue first.
        JsonPath report = get("/api/reports/overdue?agreement=" + roadmap);
        assertThat(report.getList("items.kind"), contains("MILESTONE", "COMMITMENT"));
        assertThat(report.getList("items.id", Long.class), contains(draft, timetable));
        assertThat(report.getList("items.daysOverdue", Integer.class), contains(10, 2));
        assertThat(report.getString("items[1].owner.email"), equalTo("ali@example.ir"));
        assertThat(report.getInt("items[1].slippageDays"), equalTo(7));
        assertThat(get("/api/commitments?overdue=true&party=" + iran).getList("items.id", Long.class), contains(timetable));

        // The timetable is signed; the official marks it done with the link to the signed document.
        markDone(timetable, "https://example.ir/rail/timetable-signed.pdf");

        JsonPath delivered = getCommitment(timetable);
        assertThat(delivered.getString("status"), equalTo("DONE"));
        assertThat(delivered.getString("completedAt"), equalTo("2026-03-12T00:00:00Z"));
        assertThat(delivered.getBoolean("overdue"), equalTo(false));
        assertThat(delivered.getInt("slippageDays"), equalTo(7));
        assertThat(get("/api/reports/overdue?agreement=" + roadmap).getList("items"), empty());
        assertThat(get("/api/commitments?overdue=true&party=" + iran).getList("items"), empty());
        assertThat(get("/api/commitments/" + timetable + "/deadline-changes").getList("items.reason"),
                contains("Rolling stock delivery slipped"));
        assertThat(get("/api/commitments/" + timetable + "/updates").getList("items.status"),
                equalTo(List.of("DONE", "IN_PROGRESS")));
    }
}
