package org.pacta.agreement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.agreementBody;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.progress;
import static org.pacta.testsupport.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Body;

@QuarkusTest
class AgreementResourceTest {

    @Test
    void anAgreementIsCreatedActiveBetweenItsParties() {
        String iran = party("Asia/Tehran");
        String belarus = party("Europe/Minsk");
        Body body = agreementBody(iran.toLowerCase(Locale.ROOT), belarus)
                .with("signedOn", "2023-03-13").with("place", "Tehran")
                .with("sourceUrl", "https://example.org/roadmap.pdf").with("reviewSchedule", "rrule:freq=monthly;interval=3");

        int id = json().body(body).post("/api/agreements").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString("/api/agreements/"))
                .body("status", equalTo("ACTIVE"))
                .body("parties", contains(iran, belarus))
                .body("reviewSchedule", equalTo("FREQ=MONTHLY;INTERVAL=3"))
                .extract().path("id");

        json().get("/api/agreements/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo(body.get("title")))
                .body("signedOn", equalTo("2023-03-13"));
    }

    @Test
    void anAgreementNeedsKnownPartiesAndAUsableReviewSchedule() {
        String known = party();
        String title = unique("Refused roadmap");

        json().body(agreementBody(known, "NOPE999").with("title", title).with("reviewSchedule", "FREQ=MINUTELY"))
                .post("/api/agreements").then().spec(problem(422))
                .body("errors.field", hasItem("parties[1]"))
                .body("errors.field", hasItem("reviewSchedule"))
                .body("detail", containsString("2 problems"));

        assertThat(get("/api/agreements?q=" + title).getLong("total"), equalTo(0L));
    }

    @Test
    void theListFiltersByStatusPartyAndText() {
        String party = party();
        long active = agreement(party);
        long suspended = agreement(agreementBody(party).with("status", "SUSPENDED").with("summary", "Frozen corridor talks"));

        assertThat(get("/api/agreements?party=" + party.toLowerCase(Locale.ROOT) + "&sort=id").getList("items.id", Long.class),
                contains(active, suspended));
        assertThat(get("/api/agreements?party=" + party + "&status=suspended").getList("items.id", Long.class),
                contains(suspended));
        assertThat(get("/api/agreements?party=" + party + "&q=FROZEN CORRIDOR").getList("items.id", Long.class),
                contains(suspended));
        assertThat(get("/api/agreements?party=" + party + "&sort=-id").getList("items.id", Long.class),
                contains(suspended, active));
        json().get("/api/agreements?sort=colour").then().spec(problem(422)).body("errors.field", hasItem("sort"));
        json().get("/api/agreements?status=ON_HOLD").then().spec(problem(422)).body("errors.field", hasItem("status"));
    }

    @Test
    void replacingNeedsTheCurrentVersion() {
        String party = party();
        long id = agreement(party);
        Body edit = Body.from(get("/api/agreements/" + id).getMap("")).with("status", "COMPLETED");

        json().body(edit.without("version")).put("/api/agreements/{id}", id).then().spec(problem(428));
        json().body(edit).put("/api/agreements/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("COMPLETED"));
        json().body(edit.with("title", "Late edit")).put("/api/agreements/{id}", id).then().spec(problem(409));
        json().header("If-Match", "\"0\"").body(edit.without("version").with("title", "Late edit"))
                .put("/api/agreements/{id}", id).then().spec(problem(412));

        json().get("/api/agreements/{id}", id).then().body("title", not(equalTo("Late edit")))
                .body("version", equalTo(1));
    }

    @Test
    void aPartyResponsibleForCommitmentsCannotBeRemovedFromTheAgreement() {
        String responsible = party();
        String other = party();
        long id = agreement(responsible, other);
        commitment(id, responsible);

        json().header("If-Match", "\"0\"").body(agreementBody(other)).put("/api/agreements/{id}", id)
                .then().spec(problem(422))
                .body("detail", containsString(responsible));

        json().get("/api/agreements/{id}", id).then().body("parties", contains(responsible, other));
    }

    @Test
    void deletingAnAgreementRemovesItsCommitmentsAndTheirHistory() {
        String party = party();
        long id = agreement(party);
        long first = commitment(id, party);
        long second = commitment(id, commitmentBody(party).with("dependsOn", List.of(first)));
        milestone(first, Body.of("title", "Draft ready", "dueDate", "2026-03-10"));
        progress(second, Body.of("status", "IN_PROGRESS", "percentComplete", 10));

        json().delete("/api/agreements/{id}", id).then().statusCode(204);

        json().get("/api/agreements/{id}", id).then().spec(problem(404));
        json().get("/api/commitments/{id}", first).then().spec(problem(404));
        json().get("/api/commitments/{id}", second).then().spec(problem(404));
        // The party is free again once its agreement is gone.
        json().delete("/api/parties/{code}", party).then().statusCode(204);
    }

    @Test
    void anAgreementCannotBeDeletedWhileAnotherAgreementDependsOnIt() {
        String party = party();
        long upstream = agreement(party);
        long prerequisite = commitment(upstream, party);
        long downstream = agreement(party);
        commitment(downstream, commitmentBody(party).with("dependsOn", List.of(prerequisite)));

        json().delete("/api/agreements/{id}", upstream).then().spec(problem(409))
                .body("detail", containsString("depends on " + prerequisite));

        json().get("/api/commitments/{id}", prerequisite).then().statusCode(200);
    }

    @Test
    void aStaleDeleteIsRefused() {
        long id = agreement(party());

        json().header("If-Match", "\"7\"").delete("/api/agreements/{id}", id).then().spec(problem(412));
        json().get("/api/agreements/{id}", id).then().statusCode(200);
    }

    @Test
    void unknownAndNonNumericIdsAreNotFound() {
        json().get("/api/agreements/{id}", Long.MAX_VALUE).then().spec(problem(404));
        json().get("/api/agreements/abc").then().spec(problem(404)).body("detail", containsString("abc"));
        json().get("/api/agreements/-1/export").then().spec(problem(404));
        json().delete("/api/agreements/{id}", Long.MAX_VALUE).then().spec(problem(404));
    }
}
