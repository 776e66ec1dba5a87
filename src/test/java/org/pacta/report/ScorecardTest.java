package org.pacta.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.anonymous;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.given;
import static org.pacta.testsupport.Api.markDone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.reviseDeadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.ConfirmationStep;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.Html;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;

/**
 * A small ledger checked by hand (times are days after the tests' start, 2026-03-01T09:00Z; "today" is day 60,
 * 2026-04-30), read over March and April as of today, and over March as of its end (day 30.6), when a later
 * revision, a later completion, a later confirmation and a later commitment did not exist yet.
 */
@QuarkusTest
class ScorecardTest {

    @Inject
    MutableClock clock;

    String a;
    String b;
    long agreementId;
    long privateAgreement;

    private long due(long agreement, String party, long days) {
        return commitment(agreement, commitmentBody(party).with("dueAt", daysAfterStart(days).toString()));
    }

    private void at(long day) {
        clock.set(daysAfterStart(day));
    }

    private void step(long commitmentId, String partyCode, Confirmation.Act act, Confirmation state) {
        QuarkusTransaction.requiringNew().run(() -> {
            Commitment c = Commitment.findById(commitmentId);
            new ConfirmationStep(c, null, Party.byCode(partyCode).orElseThrow(), act, "tester", null, List.of(),
                    clock.instant()).persist();
            c.confirmation = state;
        });
    }

    private void revise(long id, long toDay) {
        reviseDeadline(id, Body.of("dueAt", daysAfterStart(toDay).toString(), "reason", "Vendor late"));
    }

    @BeforeEach
    void ledger() {
        at(0);
        a = party("UTC");
        b = party("UTC");
        agreementId = agreement(agreementBody(a, b).with("public", true));
        privateAgreement = agreement(agreementBody(a, b));
        long a1 = due(agreementId, a, 10);
        long a2 = due(agreementId, a, 10);
        long a3 = due(agreementId, a, 20);
        long a4 = due(agreementId, a, 30);
        due(agreementId, b, 12);
        long b2 = due(agreementId, b, 12);
        due(agreementId, b, 100);
        due(privateAgreement, a, 10);
        at(5);
        markDone(a1, "https://example.org/a1");
        at(6);
        step(a1, b, Confirmation.Act.CONFIRMED, Confirmation.CONFIRMED);
        at(8);
        revise(a3, 40);
        at(11);
        revise(b2, 22);
        at(15);
        markDone(a2, "https://example.org/a2");
        at(16);
        step(a2, b, Confirmation.Act.DISPUTED, Confirmation.DISPUTED);
        at(25);
        markDone(a4, "https://example.org/a4");
        at(40);
        long b4 = due(agreementId, b, 20);
        at(41);
        markDone(b4, "https://example.org/b4");
        at(45);
        step(a4, b, Confirmation.Act.CONFIRMED, Confirmation.CONFIRMED);
        at(50);
        revise(b2, 55);
        at(52);
        markDone(b2, "https://example.org/b2");
        at(60);
    }

    private JsonPath card(String query) {
        return given().get("/api/reports/scorecard?agreementId=" + agreementId + "&" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    /** due, on time, late, overdue, not yet due, rate, median, mean, revisions, re-baselined, completions, c/d/u. */
    private static void figures(JsonPath card, String path, Object... expected) {
        String[] names = {"due", "onTime", "late", "overdue", "notYetDue", "onTimeRate", "medianSlippageDays",
            "meanSlippageDays", "revisions", "rebaselined", "completions", "confirmed", "disputed", "unconfirmed"};
        for (int i = 0; i < names.length; i++) {
            Object actual = card.get(path + "." + names[i]);
            Object want = expected[i];
            if (want instanceof Number n && actual instanceof Number m) {
                assertEquals(n.doubleValue(), m.doubleValue(), 0.0001, path + "." + names[i]);
            } else {
                assertEquals(want, actual, path + "." + names[i]);
            }
        }
    }

    @Test
    void asOfToday() {
        JsonPath card = card("from=2026-03-01&to=2026-04-30");
        figures(card, "total", 7, 3, 2, 2, 0, 0.4286, 0, 9.0, 3, 2, 5, 2, 1, 2);
        figures(card, "parties.find { it.code == '" + a + "' }.figures", 4, 2, 1, 1, 0, 0.5, 0, 5.0, 1, 1, 3, 2, 1, 0);
        figures(card, "parties.find { it.code == '" + b + "' }.figures", 3, 1, 1, 1, 0, 0.3333, 0, 14.33, 2, 1, 2, 0, 0, 2);
        figures(card, "agreements[0].figures", 7, 3, 2, 2, 0, 0.4286, 0, 9.0, 3, 2, 5, 2, 1, 2);
        assertEquals(List.of("2026-Q1", "2026-Q2"), card.getList("trend.label"));
        assertEquals(List.of(5, 2), card.getList("trend.due"));
        assertEquals(List.of(2, 1), card.getList("trend.onTime"));
        assertEquals(List.of(2, 0), card.getList("trend.late"));
        assertEquals(List.of(1, 1), card.getList("trend.overdue"));
    }

    @Test
    void atThePastDateLaterHistoryDoesNotCount() {
        JsonPath card = card("from=2026-03-01&to=2026-03-31");
        assertEquals("2026-04-01T00:00:00Z", card.getString("asOf"));
        figures(card, "total", 5, 2, 1, 2, 0, 0.4, 0, 2.0, 2, 2, 3, 1, 1, 1);
        figures(card, "parties.find { it.code == '" + a + "' }.figures", 3, 2, 1, 0, 0, 0.6667, 0, 0, 1, 1, 3, 1, 1, 1);
        figures(card, "parties.find { it.code == '" + b + "' }.figures", 2, 0, 0, 2, 0, 0.0, 5.0, 5.0, 1, 1, 0, 0, 0, 0);
        assertEquals(List.of("2026-Q1"), card.getList("trend.label"));
        assertEquals(List.of(5), card.getList("trend.due"));
        assertEquals(List.of(2), card.getList("trend.overdue"));
    }

    @Test
    void theSameAsCsv() {
        String csv = given().accept("text/csv").get("/api/reports/scorecard?agreementId=" + agreementId
                + "&from=2026-03-01&to=2026-04-30").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String viaFormat = given().get("/api/reports/scorecard?format=csv&agreementId=" + agreementId
                + "&from=2026-03-01&to=2026-04-30").then().statusCode(200).extract().asString();
        assertEquals(csv, viaFormat);
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFScope,Id,Code,Name,Due,On time,Late,Still overdue,Not yet due,On-time rate,"
                + "Median slippage days,Mean slippage days,Deadline revisions,Re-baselined items,Completions,Confirmed,"
                + "Disputed,Unconfirmed", lines.get(0));
        assertEquals("TOTAL,,,,7,3,2,2,0,0.4286,0.0,9.0,3,2,5,2,1,2", lines.get(1));
        assertEquals("QUARTER,,2026-Q2,2026-04-01,2,1,0,1,0,0.5", lines.get(lines.size() - 1));
    }

    @Test
    void anonymousSeesPublicAgreementsOnly() {
        anonymous().get("/api/reports/scorecard?party=" + a + "&from=2026-03-01&to=2026-04-30").then().statusCode(200)
                .body("total.due", org.hamcrest.Matchers.is(4));
        given().get("/api/reports/scorecard?party=" + a + "&from=2026-03-01&to=2026-04-30").then().statusCode(200)
                .body("total.due", org.hamcrest.Matchers.is(5));
        anonymous().get("/api/reports/scorecard?agreementId=" + privateAgreement).then().statusCode(422)
                .body("errors[0].message", containsString("There is no agreement"));
        given().get("/api/reports/scorecard?agreementId=" + privateAgreement).then().statusCode(200);
    }

    @Test
    void badParametersAreRefused() {
        for (String q : List.of("from=2026-02-30", "to=yesterday", "from=2026-05-01&to=2026-04-01", "from=1800-01-01",
                "from=2000-01-01&to=2026-01-01", "agreementId=abc", "agreementId=999999999", "party=NOPE%3Cscript%3E",
                "format=xml", "to=%3Cimg%20src%3Dx%3E")) {
            given().get("/api/reports/scorecard?" + q).then().statusCode(422)
                    .contentType(startsWith("application/problem+json"));
        }
        given().get("/api/reports/scorecard?from=2026-05-01&to=2026-04-01").then()
                .body("errors[0].message", containsString("2026-05-01"));
    }

    private static String cells(Object... values) {
        StringBuilder out = new StringBuilder();
        for (Object v : values) {
            out.append("<td class=\"figure\">").append(v).append("</td>");
        }
        return out.toString();
    }

    @Test
    void thePageShowsTheFigures() {
        String html = PageSession.anonymous().acceptLanguage("en").page("/reports/scorecard?agreementId=" + agreementId
                + "&from=2026-03-01&to=2026-04-30");
        String parties = Html.text(html, "scorecard-parties");
        org.hamcrest.MatcherAssert.assertThat(parties, containsString(cells(4, 2, 1, 1, 0, "50%", "0.0", "5.0", 1, 1, 2, 1, 0)));
        org.hamcrest.MatcherAssert.assertThat(parties, containsString(cells(3, 1, 1, 1, 0, "33%", "0.0", "14.33", 2, 1, 0, 0, 2)));
        org.hamcrest.MatcherAssert.assertThat(Html.text(html, "scorecard-agreements"),
                containsString(cells(7, 3, 2, 2, 0, "43%", "0.0", "9.0", 3, 2, 2, 1, 2)));
        String trend = Html.text(html, "scorecard-trend");
        org.hamcrest.MatcherAssert.assertThat(trend, containsString("2026-Q1</th>" + cells(5, 2, 2, 1, 0, "40%")));
        org.hamcrest.MatcherAssert.assertThat(trend, containsString("2026-Q2</th>" + cells(2, 1, 0, 1, 0, "50%")));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("<svg class=\"chart\""));
        org.hamcrest.MatcherAssert.assertThat(html, containsString("/api/reports/scorecard?format=csv&amp;agreementId="
                + agreementId));
        String persian = PageSession.anonymous().acceptLanguage("fa").page("/reports/scorecard?agreementId=" + agreementId
                + "&from=2026-03-01&to=2026-04-30");
        org.hamcrest.MatcherAssert.assertThat(Html.text(persian, "scorecard-parties"), containsString("۵۰٪"));
        // Nothing due from 20 to 22 April, but B2's second revision and its completion: no rate, no slippage.
        String quiet = PageSession.anonymous().acceptLanguage("en").page("/reports/scorecard?agreementId=" + agreementId
                + "&from=2026-04-20&to=2026-04-22");
        org.hamcrest.MatcherAssert.assertThat(Html.text(quiet, "scorecard-parties"),
                containsString(cells(0, 0, 0, 0, 0, "—", "—", "—", 1, 1, 0, 0, 1)));
        int refused = PageSession.anonymous().get("/reports/scorecard?from=2026-05-01&to=2026-04-01").statusCode();
        org.hamcrest.MatcherAssert.assertThat(refused, org.hamcrest.Matchers.both(
                org.hamcrest.Matchers.greaterThanOrEqualTo(400)).and(org.hamcrest.Matchers.lessThan(500)));
    }
}
