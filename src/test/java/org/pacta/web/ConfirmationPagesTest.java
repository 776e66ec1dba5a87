package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Html.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.TestClockProducer;

/** The confirmation of completions on the item page, the overdue report's confirmation filter and the dashboard. */
@QuarkusTest
class ConfirmationPagesTest {

    @Inject
    MutableClock clock;

    private String iran;
    private String belarus;
    private long roadmap;

    @BeforeEach
    void aRoadmap() {
        clock.set(TestClockProducer.START);
        iran = Api.party("Asia/Tehran");
        belarus = Api.party("Europe/Minsk");
        roadmap = Api.agreement(iran, belarus);
    }

    @Test
    void theCounterpartDisputesOnThePageAndTheResponsiblePartyAnswers() {
        long c = Api.commitment(roadmap, belarus);
        Api.markDone(c, "https://by.example/act.pdf");
        PageSession ir = Personas.official(iran).session();
        PageSession by = Personas.official(belarus).session();

        String page = ir.page("/commitments/" + c);
        assertThat(page, containsString("Awaiting confirmation"));
        assertThat(page, containsString("action=\"/commitments/" + c + "/confirmation\""));
        assertThat(page, not(containsString("/confirmation/answer")));
        assertThat(by.page("/commitments/" + c), not(containsString("action=\"/commitments/" + c + "/confirmation\"")));

        // A dispute without a note comes back with the message beside the field, and nothing is written.
        Response refused = ir.submit("/commitments/" + c + "/confirmation", Map.of("verdict", "DISPUTED", "note", ""));
        assertThat(refused.statusCode(), equalTo(422));
        assertThat(text(refused.asString(), "cv-note-c-error"), containsString("needs a note"));
        assertThat(Api.get("/api/commitments/" + c + "/confirmation").getList("steps"), empty());

        Response disputed = ir.submit("/commitments/" + c + "/confirmation",
                Map.of("verdict", "DISPUTED", "note", "<script>alert('x')</script> not countersigned"));
        assertThat(disputed.statusCode(), equalTo(303));
        assertThat(disputed.header("Location"), containsString("/commitments/" + c + "#confirmation"));

        // The responsible party sees the dispute, escaped, and the form to answer it.
        String seen = by.page("/commitments/" + c);
        assertThat(seen, containsString("Disputed"));
        assertThat(seen, containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; not countersigned"));
        assertThat(seen, not(containsString("<script>alert('x')")));
        assertThat(seen, containsString("action=\"/commitments/" + c + "/confirmation/answer\""));
        assertThat(by.submit("/commitments/" + c + "/confirmation/answer",
                Map.of("note", "Countersigned", "evidence", "https://by.example/v2.pdf")).statusCode(), equalTo(303));
        assertThat(ir.submit("/commitments/" + c + "/confirmation", Map.of("verdict", "CONFIRMED")).statusCode(),
                equalTo(303));

        String done = ir.page("/commitments/" + c);
        assertThat(done, containsString("Confirmed"));
        assertThat(done, containsString("https://by.example/v2.pdf"));
        assertThat(Api.get("/api/commitments/" + c + "/confirmation").getList("steps.act"),
                contains("DISPUTED", "ANSWERED", "CONFIRMED"));
    }

    @Test
    void aReachedMilestoneIsConfirmedFromTheCommitmentsPage() {
        long c = Api.commitment(roadmap, belarus);
        long m = Api.milestone(c, Body.of("title", "Draft exchanged", "dueDate", "2026-03-10", "completed", true));
        PageSession ir = Personas.official(iran).session();
        String page = ir.page("/commitments/" + c);
        assertThat(page, containsString("href=\"#confirmation-" + m + "\""));
        assertThat(page, containsString("action=\"/milestones/" + m + "/confirmation\""));
        // The commitment itself is open: nothing of its own to confirm.
        assertThat(page, not(containsString("action=\"/commitments/" + c + "/confirmation\"")));

        Response refused = ir.submit("/milestones/" + m + "/confirmation", Map.of("verdict", "MAYBE"));
        assertThat(refused.statusCode(), equalTo(422));
        assertThat(refused.asString(), containsString("<details open>"));
        Response confirmed = ir.submit("/milestones/" + m + "/confirmation", Map.of("verdict", "CONFIRMED",
                "note", "Received", "evidence", "https://ir.example/receipt"));
        assertThat(confirmed.statusCode(), equalTo(303));
        assertThat(confirmed.header("Location"), containsString("/commitments/" + c + "#confirmation"));
        assertThat(Api.get("/api/milestones/" + m + "/confirmation").getString("state"), equalTo("CONFIRMED"));
        assertThat(ir.page("/commitments/" + c), containsString("https://ir.example/receipt"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        long c = Api.commitment(roadmap, belarus);
        Api.markDone(c, "https://by.example/act.pdf");
        PageSession ir = Personas.official(iran).session();
        ir.page("/commitments/" + c);
        assertThat(ir.submitWithout("/commitments/" + c + "/confirmation", Map.of("verdict", "CONFIRMED")).statusCode(),
                equalTo(400));
        assertThat(Api.getCommitment(c).getString("confirmation"), equalTo("PENDING"));
    }

    @Test
    void theOverdueReportListsCompletionsByConfirmationState() {
        long disputed = Api.commitment(roadmap, belarus);
        long pending = Api.commitment(roadmap, iran);
        long open = Api.commitment(roadmap, belarus);
        Api.markDone(disputed, "https://by.example/1");
        Api.markDone(pending, "https://ir.example/1");
        Account ir = Accounts.official(iran);
        ir.json().body(Body.of("verdict", "DISPUTED", "note", "No")).post("/api/commitments/{id}/confirmation", disputed)
                .then().statusCode(201);
        clock.advance(Duration.ofDays(3));

        JsonPath d = Api.get("/api/reports/overdue?confirmation=disputed&agreement=" + roadmap);
        assertThat(d.getList("items.id", Long.class), contains(disputed));
        assertThat(d.getString("items[0].confirmation"), equalTo("DISPUTED"));
        assertThat(d.getInt("items[0].daysWaiting"), equalTo(3));
        assertThat(d.getString("items[0].completedAt"), equalTo(TestClockProducer.START.toString()));
        JsonPath p = Api.get("/api/reports/overdue?confirmation=PENDING&agreement=" + roadmap);
        assertThat(p.getList("items.id", Long.class), contains(pending));
        assertThat(Api.get("/api/reports/overdue?confirmation=pending&party=" + belarus + "&agreement=" + roadmap)
                .getList("items"), empty());
        assertThat(Api.get("/api/reports/overdue?confirmation=confirmed&agreement=" + roadmap).getList("items"), empty());
        // As the report's other filters: a value it cannot use is a validation problem on that parameter.
        Api.json().get("/api/reports/overdue?confirmation=maybe").then().spec(Api.problem(422))
                .body("errors.field", contains("confirmation"));
        assertThat(Api.get("/api/reports/overdue?confirmation=pending&agreement=" + roadmap).getList("items.id", Long.class),
                not(org.hamcrest.Matchers.hasItem(open)));

        String csv = Api.given().accept("text/csv").get("/api/reports/overdue?confirmation=disputed&agreement=" + roadmap)
                .then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0), containsString("Completed at,Confirmation,Days waiting"));
        assertThat(lines.size(), equalTo(2));
        assertThat(lines.get(1), containsString("," + disputed + ","));
        assertThat(lines.get(1), containsString("DISPUTED,3"));

        String html = Api.given().accept("text/html").get("/reports/overdue?confirmation=disputed&agreement=" + roadmap)
                .then().statusCode(200).extract().asString();
        assertThat(html, containsString("/commitments/" + disputed));
        assertThat(html, containsString("3 days waiting"));
    }

    @Test
    void theDashboardShowsDisputedCompletions() {
        // Asked long before the other tests' completions, so that it is among the first few shown.
        clock.set(TestClockProducer.START.minus(Duration.ofDays(3000)));
        long c = Api.commitment(roadmap, Api.commitmentBody(belarus).with("dueAt",
                TestClockProducer.START.minus(Duration.ofDays(2990)).toString()));
        Api.markDone(c, "https://by.example/1");
        Accounts.official(iran).json().body(Body.of("verdict", "DISPUTED", "note", "No"))
                .post("/api/commitments/{id}/confirmation", c).then().statusCode(201);
        String html = Api.given().accept("text/html").get("/").then().statusCode(200).extract().asString();
        assertThat(html, containsString("Disputed completions"));
        assertThat(html, containsString("href=\"/commitments/" + c + "#confirmation\""));
        assertThat(html, containsString("/reports/overdue?confirmation=pending"));
    }
}
