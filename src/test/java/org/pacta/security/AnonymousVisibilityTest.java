package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.anonymous;
import static org.pacta.testsupport.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Accounts.Account;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * Someone who has not signed in reads public agreements only, never the people behind them: owners' names and
 * emails, coordinators' emails. Everything about a non-public agreement is answered as missing.
 */
@QuarkusTest
class AnonymousVisibilityTest {

    private static final String OWNER_EMAIL = "owner.secret@example.org";
    private static final String OWNER_NAME = "Owner Secretsson";
    private static final String COORDINATOR = "coordinator.secret@example.org";

    @Inject
    MutableClock clock;

    String party;
    long publicAgreement;
    long privateAgreement;
    long publicCommitment;
    long privateCommitment;
    long privateMilestone;
    String publicTitle;
    String privateTitle;

    @BeforeEach
    void aPublicAndAPrivateAgreementWithOverdueCommitments() {
        clock.set(TestClockProducer.START);
        party = Api.party("Asia/Tehran");
        publicAgreement = Api.agreement(Api.agreementBody(party).with("public", true)
                .with("coordinators", List.of(COORDINATOR)));
        privateAgreement = Api.agreement(Api.agreementBody(party).with("coordinators", List.of(COORDINATOR)));
        publicTitle = Api.unique("Open promise");
        privateTitle = Api.unique("Closed promise");
        Map<String, String> owner = Map.of("name", OWNER_NAME, "email", OWNER_EMAIL);
        publicCommitment = Api.commitment(publicAgreement, Api.commitmentBody(party).with("title", publicTitle)
                .with("owner", owner).with("dueAt", Api.daysAfterStart(2).toString()));
        privateCommitment = Api.commitment(privateAgreement, Api.commitmentBody(party).with("title", privateTitle)
                .with("owner", owner).with("dueAt", Api.daysAfterStart(2).toString()));
        Api.milestone(publicCommitment, Body.of("title", "Public checkpoint", "dueAt", Api.daysAfterStart(1).toString()));
        privateMilestone = Api.milestone(privateCommitment, Body.of("title", "Private checkpoint",
                "dueAt", Api.daysAfterStart(1).toString()));
        clock.set(TestClockProducer.START.plus(Duration.ofDays(5)));
    }

    @AfterEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    private static void noPeopleIn(Response r) {
        String body = r.asString();
        assertThat(body, not(containsString(OWNER_EMAIL)));
        assertThat(body, not(containsString(OWNER_NAME)));
        assertThat(body, not(containsString(COORDINATOR)));
    }

    @Test
    void agreements() {
        Response list = anonymous().get("/api/agreements?party=" + party);
        list.then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains((int) publicAgreement))
                .body("items[0].public", is(true))
                .body("items[0].coordinators", empty());
        noPeopleIn(list);
        Response one = anonymous().get("/api/agreements/{id}", publicAgreement);
        one.then().statusCode(200).body("coordinators", empty());
        noPeopleIn(one);

        anonymous().get("/api/agreements/{id}", privateAgreement).then().spec(problem(404));
        anonymous().get("/api/agreements?q=" + privateTitle).then().body("items.id", not(hasItem((int) privateAgreement)));

        // Signed in, the same agreements show their coordinators.
        Account monitor = Accounts.monitor();
        monitor.given().get("/api/agreements?party=" + party).then().body("total", equalTo(2));
        monitor.given().get("/api/agreements/{id}", publicAgreement).then().body("coordinators", contains(COORDINATOR));
    }

    @Test
    void commitmentsAndTheirHistory() {
        Response all = anonymous().get("/api/commitments?party=" + party);
        all.then().statusCode(200)
                .body("items.id", contains((int) publicCommitment))
                .body("items.owner", everyItem(nullValue()));
        noPeopleIn(all);
        anonymous().get("/api/commitments?q=" + privateTitle).then().statusCode(200).body("total", equalTo(0));
        anonymous().get("/api/commitments?agreement=" + privateAgreement).then().spec(problem(404));
        anonymous().get("/api/agreements/{id}/commitments", privateAgreement).then().spec(problem(404));
        Response one = anonymous().get("/api/commitments/{id}", publicCommitment);
        one.then().statusCode(200).body("owner", nullValue()).body("title", equalTo(publicTitle));
        noPeopleIn(one);

        for (String path : List.of("", "/milestones", "/updates", "/deadline-changes")) {
            anonymous().get("/api/commitments/{id}" + path, privateCommitment).then().spec(problem(404));
            anonymous().get("/api/commitments/{id}" + path, publicCommitment).then().statusCode(200);
        }
        // The audit history carries owners in its snapshots: signed-in people only.
        anonymous().get("/api/commitments/{id}/history", publicCommitment).then().spec(problem(401));
        Accounts.monitor().given().get("/api/commitments/{id}", publicCommitment).then()
                .body("owner.email", equalTo(OWNER_EMAIL));
    }

    @Test
    void milestonesAndReviewsOfAPrivateAgreement() {
        anonymous().get("/api/agreements/{id}/reviews", privateAgreement).then().spec(problem(404));
        anonymous().get("/api/agreements/{id}/reviews", publicAgreement).then().statusCode(200);
        // A milestone's own address is for writing; even there a private one is not revealed to a guesser.
        anonymous().contentType("application/json").body(Body.of("title", "x", "dueAt", Api.daysAfterStart(1).toString(),
                "version", 0)).put("/api/milestones/{id}", privateMilestone).then().spec(problem(401));
    }

    @Test
    void theOverdueReportAsJsonAndCsv() {
        Response json = anonymous().get("/api/reports/overdue?party=" + party);
        json.then().statusCode(200)
                .body("items.commitmentId", everyItem(equalTo((int) publicCommitment)))
                .body("items.kind", org.hamcrest.Matchers.containsInAnyOrder("COMMITMENT", "MILESTONE"))
                .body("items.owner", everyItem(nullValue()));
        noPeopleIn(json);
        anonymous().get("/api/reports/overdue?agreement=" + privateAgreement).then().statusCode(200)
                .body("total", equalTo(0));

        Response csv = anonymous().accept("text/csv").get("/api/reports/overdue?party=" + party);
        csv.then().statusCode(200);
        noPeopleIn(csv);
        assertThat(csv.asString(), containsString(publicTitle));
        assertThat(csv.asString(), not(containsString(privateTitle)));

        // Signed in, owners are there.
        assertThat(Accounts.monitor().given().accept("text/csv").get("/api/reports/overdue?party=" + party).asString(),
                containsString(OWNER_EMAIL));
    }

    @Test
    void theExport() {
        Response export = anonymous().get("/api/agreements/{id}/export", publicAgreement);
        export.then().statusCode(200)
                .body("commitments.owner", everyItem(nullValue()))
                .body("agreement.coordinators", nullValue());
        noPeopleIn(export);
        anonymous().get("/api/agreements/{id}/export", privateAgreement).then().spec(problem(404));

        Accounts.monitor().given().get("/api/agreements/{id}/export", publicAgreement).then()
                .body("commitments[0].owner.email", equalTo(OWNER_EMAIL))
                .body("agreement.coordinators", contains(COORDINATOR));
    }

    @Test
    void calendarFeeds() {
        Response party = anonymous().get("/api/calendar/parties/{code}.ics", this.party);
        party.then().statusCode(200);
        assertThat(party.asString(), containsString(publicTitle));
        assertThat(party.asString(), not(containsString(privateTitle)));
        noPeopleIn(party);
        Response agreement = anonymous().get("/api/calendar/agreements/{id}.ics", publicAgreement);
        agreement.then().statusCode(200);
        noPeopleIn(agreement);
        anonymous().get("/api/calendar/agreements/{id}.ics", privateAgreement).then().spec(problem(404));
    }
}
