package org.pacta.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.getCommitment;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.party;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pacta.commitment.DuePrecision;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * The dashboard's figures move by exactly what is added: one commitment in each bucket, in a public and in a private
 * agreement, counted for signed-in readers (both) and for the public (the public one only). The test database holds
 * other tests' commitments, so the figures are compared before and after.
 */
@QuarkusTest
class DashboardFiguresTest {

    @Inject
    MutableClock clock;

    @Inject
    Dashboard dashboard;

    private long due(long agreement, String party, long days) {
        return commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(days).toString()));
    }

    /** Overdue, due in 5 days, due in 20 days, done on time, done late: one of each. */
    private void oneOfEach(long agreement, String party) {
        clock.set(TestClockProducer.START);
        due(agreement, party, 1);
        due(agreement, party, 8);
        due(agreement, party, 23);
        long onTime = due(agreement, party, 10);
        long late = due(agreement, party, 2);
        clock.set(daysAfterStart(3));
        markDone(onTime, "https://example.org/on-time");
        markDone(late, "https://example.org/late");
    }

    @Test
    void eachBucketCountsWhatItHolds() {
        clock.set(daysAfterStart(3));
        Instant now = daysAfterStart(3);
        Dashboard.Stats all = dashboard.view(now, false).stats();
        Dashboard.Stats visible = dashboard.view(now, true).stats();

        String party = party("UTC");
        oneOfEach(agreement(agreementBody(party).with("public", true)), party);
        oneOfEach(agreement(agreementBody(party)), party);

        Dashboard.Stats allAfter = dashboard.view(now, false).stats();
        Dashboard.Stats visibleAfter = dashboard.view(now, true).stats();
        assertEquals(all.overdue() + 2, allAfter.overdue(), "overdue");
        assertEquals(all.dueIn7() + 2, allAfter.dueIn7(), "due within 7 days");
        assertEquals(all.dueIn30() + 4, allAfter.dueIn30(), "due within 30 days");
        assertEquals(all.doneOnTime() + 2, allAfter.doneOnTime(), "done on time");
        assertEquals(all.doneTotal() + 4, allAfter.doneTotal(), "done");
        assertEquals(visible.overdue() + 1, visibleAfter.overdue(), "overdue, public");
        assertEquals(visible.dueIn7() + 1, visibleAfter.dueIn7(), "due within 7 days, public");
        assertEquals(visible.dueIn30() + 2, visibleAfter.dueIn30(), "due within 30 days, public");
        assertEquals(visible.doneOnTime() + 1, visibleAfter.doneOnTime(), "done on time, public");
        assertEquals(visible.doneTotal() + 2, visibleAfter.doneTotal(), "done, public");
    }

    /** A line of the lists shows the commitment as its own page does, with its agreement's title and party's code. */
    @Test
    void aLineShowsTheCommitmentItNames() {
        clock.set(TestClockProducer.START);
        String party = party("Asia/Tehran");
        Body agreementBody = agreementBody(party);
        long agreement = agreement(agreementBody);
        // Due long after anything other tests create, so that it is the first of the upcoming deadlines.
        long id = commitment(agreement, commitmentBody(party).without("dueAt").with("dueDate", "2099-06-30")
                .with("duePrecision", "MONTH"));
        JsonPath c = getCommitment(id);

        Dashboard.Line line = dashboard.upcoming(Instant.parse("2099-01-01T00:00:00Z"), false).get(0);
        assertEquals(id, line.id());
        assertEquals(c.getString("title"), line.title());
        assertEquals(agreement, line.agreementId());
        assertEquals(agreementBody.get("title"), line.agreementTitle());
        assertEquals(party, line.party());
        assertEquals(Instant.parse(c.getString("dueAt")), line.dueAt());
        assertEquals(c.getString("dueZone"), line.dueZone());
        assertEquals(true, line.dateOnly());
        assertEquals(c.getString("status"), line.status());
        assertEquals(c.getInt("percentComplete"), line.percentComplete());
        assertEquals(0, line.daysOverdue());
        assertEquals(LocalDate.parse("2099-06-30"), line.dueDate());
        assertEquals(DuePrecision.MONTH, line.precision());
    }
}
