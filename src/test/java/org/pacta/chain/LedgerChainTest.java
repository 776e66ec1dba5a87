package org.pacta.chain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.pacta.testsupport.Api.anonymous;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.milestone;
import static org.pacta.testsupport.Api.party;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

@QuarkusTest
class LedgerChainTest {

    @Inject
    MutableClock clock;

    @Inject
    EntityManager em;

    private String ir;
    private String by;
    private long agreement;

    @BeforeEach
    void aPublicAgreement() {
        clock.set(TestClockProducer.START);
        ir = party("Asia/Tehran");
        by = party("Europe/Minsk");
        agreement = Api.agreement(Api.agreementBody(ir, by).with("public", true));
    }

    @Test
    void everyWriteOfTheApiAddsExactlyOneEntryOfItsKind() {
        long c = adds("COMMITMENT_CREATED", () -> commitment(agreement, commitmentBody(ir)
                .with("owner", java.util.Map.of("name", "Reza Ahmadi", "email", "reza@example.org"))));
        adds("COMMITMENT_UPDATED", () -> json().header("If-Match", "\"0\"")
                .body(commitmentBody(ir).with("title", "Customs data exchanged")
                        .with("owner", java.util.Map.of("name", "Reza Ahmadi", "email", "reza@example.org")))
                .put("/api/commitments/{id}", c).then().statusCode(200));
        adds("PROGRESS_RECORDED", () -> Api.progress(c, Body.of("percentComplete", 40, "note", "Draft protocol sent")));
        adds("DEADLINE_CHANGED", () -> Api.reviseDeadline(c, Body.of("dueDate", "2026-06-30", "reason", "Elections")));
        long m = adds("MILESTONE_ADDED", () -> milestone(c, Body.of("title", "Draft exchanged", "dueDate", "2026-03-05")));
        adds("MILESTONE_UPDATED", () -> json().header("If-Match", "\"0\"")
                .body(Body.of("title", "Draft exchanged", "dueDate", "2026-03-06"))
                .put("/api/milestones/{id}", m).then().statusCode(200));
        adds("MILESTONE_DELETED", () -> json().delete("/api/milestones/{id}", m)
                .then().statusCode(204));
        adds("COMMITMENT_DELETED", () -> json().delete("/api/commitments/{id}", c)
                .then().statusCode(204));

        JsonPath ledger = anonymous().get("/api/agreements/{id}/ledger?size=50", agreement).then().statusCode(200)
                .extract().jsonPath();
        assertThat(ledger.getList("items.sequence"), equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8)));
        assertThat(ledger.getString("items[0].subject"), equalTo("commitment/" + c));
        assertThat(ledger.getString("items[2].data.note"), equalTo("Draft protocol sent"));
        assertThat(ledger.getInt("items[2].data.percent"), equalTo(40));
        assertThat(ledger.getString("items[3].data.reason"), equalTo("Elections"));
        assertThat(ledger.getString("items[0].actor"), equalTo("admin"));
        // The public record never names the owner nor the people who wrote.
        String all = anonymous().get("/api/agreements/{id}/ledger?size=50", agreement).asString();
        assertThat(all, not(containsString("reza@example.org")));
        assertThat(all, not(containsString("Reza Ahmadi")));
        assertThat(all, not(containsString(Api.ADMIN_EMAIL)));
        assertThat(VerifyChain.verify(read(all)).message(), VerifyChain.verify(read(all)).ok(), equalTo(true));
    }

    @Test
    void eachStepOfACompletionsThreadIsAnEntryInTheNameOfItsParty() {
        var irOfficial = org.pacta.testsupport.Accounts.official(ir);
        var byOfficial = org.pacta.testsupport.Accounts.official(by);
        long c = commitment(agreement, commitmentBody(ir));
        irOfficial.json().body(Body.of("status", "DONE", "evidence", List.of("https://example.org/protocol.pdf")))
                .post("/api/commitments/{id}/updates", c).then().statusCode(201);

        adds("CONFIRMATION_RECORDED", () -> byOfficial.json().body(Body.of("verdict", "DISPUTED", "note", "Not signed yet"))
                .post("/api/commitments/{id}/confirmation", c).then().statusCode(201));
        byOfficial.json().body(Body.of("verdict", "CONFIRMED", "note", "Not ours to confirm"))
                .post("/api/commitments/{id}/confirmation", c + 1_000_000).then().statusCode(404);

        JsonPath last = anonymous().get("/api/agreements/{id}/ledger?size=1&page={p}", agreement, headSequence() - 1).then()
                .statusCode(200).extract().jsonPath();
        assertThat(last.getString("items[0].actor"), equalTo(by));
        assertThat(last.getString("items[0].data.party"), equalTo(by));
        assertThat(last.getString("items[0].data.act"), equalTo("DISPUTED"));
        assertThat(last.getString("items[0].data.state"), equalTo("DISPUTED"));
        assertThat(last.getString("items[0].data.note"), equalTo("Not signed yet"));
    }

    @Test
    void aWriteThatIsRefusedAddsNothing() {
        long c = commitment(agreement, commitmentBody(ir));
        long before = headSequence();

        json().body(Body.of("status", "DONE")).post("/api/commitments/{id}/updates", c).then().statusCode(422);

        assertThat(headSequence(), equalTo(before));
    }

    @Test
    void theVerifierAcceptsAnExportAndNamesTheRowEditedInTheDatabase() throws Exception {
        long c = commitment(agreement, commitmentBody(ir));
        Api.progress(c, Body.of("percentComplete", 40, "note", "Draft protocol sent"));
        Api.progress(c, Body.of("percentComplete", 60, "note", "Protocol initialled"));
        String export = anonymous().get("/api/agreements/{id}/export", agreement).then().statusCode(200).extract().asString();
        assertThat(read(export).at("/ledger/head/sequence").asLong(), equalTo(3L));

        VerifyChain.Outcome ok = VerifyChain.verify(read(export));
        assertThat(ok.message(), ok.ok(), equalTo(true));
        assertThat(ok.message(), containsString(read(export).at("/ledger/head/hash").asText()));

        // What a DBA could do: rewrite the body of the second entry (40 % becomes 90 %).
        QuarkusTransaction.requiringNew().run(() -> assertThat(em.createNativeQuery(
                "update ledger_entry set body = replace(body, '\"percent\":40', '\"percent\":90')"
                        + " where agreement_id = :a and sequence = 2").setParameter("a", agreement).executeUpdate(),
                equalTo(1)));

        String tampered = anonymous().get("/api/agreements/{id}/export", agreement).then().statusCode(200).extract().asString();
        Path file = Files.createTempFile("pacta-export", ".json");
        Files.writeString(file, tampered);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyChain.run(new String[] {file.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        Files.delete(file);

        assertThat(status, equalTo(1));
        assertThat(err.toString(StandardCharsets.UTF_8), containsString("FAIL at entry 2 (PROGRESS_RECORDED progress/"));
        assertThat(err.toString(StandardCharsets.UTF_8), containsString("does not match its hash"));
        assertThat(VerifyChain.verify(read(tampered)).badSequence(), equalTo(2L));
    }

    @Test
    void aDeletedAgreementKeepsItsChainHeadAndTombstone() {
        long c = commitment(agreement, commitmentBody(ir));
        Api.progress(c, Body.of("percentComplete", 10));
        String headBefore = anonymous().get("/api/agreements/{id}/ledger/head", agreement).then().statusCode(200)
                .extract().path("hash");

        json().delete("/api/agreements/{id}", agreement).then().statusCode(204);

        anonymous().get("/api/agreements/{id}", agreement).then().statusCode(404);
        anonymous().get("/api/agreements/{id}/ledger/head", agreement).then().statusCode(200)
                .body("sequence", equalTo(3))
                .body("deletedAt", not(nullValue()));
        JsonPath ledger = anonymous().get("/api/agreements/{id}/ledger", agreement).then().statusCode(200)
                .extract().jsonPath();
        assertThat(ledger.getString("items[2].kind"), equalTo("AGREEMENT_DELETED"));
        assertThat(ledger.getString("items[2].prevHash"), equalTo(headBefore));
        assertThat(VerifyChain.verify(read(anonymous().get("/api/agreements/{id}/ledger", agreement).asString())).ok(),
                equalTo(true));
    }

    @Test
    void aHiddenAgreementsChainIsHiddenFromVisitorsEvenAfterDeletion() {
        long hidden = Api.agreement(ir, by);
        commitment(hidden, commitmentBody(ir));

        anonymous().get("/api/agreements/{id}/ledger", hidden).then().statusCode(404);
        anonymous().get("/api/agreements/{id}/ledger/head", hidden).then().statusCode(404);
        json().get("/api/agreements/{id}/ledger/head", hidden).then().statusCode(200).body("sequence", equalTo(1));
        json().delete("/api/agreements/{id}", hidden).then().statusCode(204);
        anonymous().get("/api/agreements/{id}/ledger/head", hidden).then().statusCode(404);
        json().get("/api/agreements/{id}/ledger/head", hidden).then().statusCode(200).body("sequence", equalTo(2));
        anonymous().get("/api/agreements/{id}/ledger/head", 987_654_321L).then().statusCode(404);
    }

    @Test
    void anExportedDocumentImportsAsANewAgreementWithAChainOfItsOwn() {
        long c = commitment(agreement, commitmentBody(ir));
        Api.progress(c, Body.of("percentComplete", 20));
        String export = json().get("/api/agreements/{id}/export", agreement).asString();

        long copy = json().body(export).post("/api/agreements/import?again=true").then().statusCode(201)
                .extract().jsonPath().getLong("agreementId");

        JsonPath head = json().get("/api/agreements/{id}/ledger/head", copy).then().statusCode(200).extract().jsonPath();
        assertThat(head.getLong("agreementId"), equalTo(copy));
        assertThat(head.getLong("sequence"), equalTo(1L));
        assertThat(VerifyChain.verify(read(json().get("/api/agreements/{id}/export", copy).asString())).ok(),
                equalTo(true));
    }

    private long headSequence() {
        return json().get("/api/agreements/{id}/ledger/head", agreement).then().statusCode(200).extract()
                .jsonPath().getLong("sequence");
    }

    private <T> T adds(String kind, java.util.function.Supplier<T> write) {
        long before = headSequence();
        T result = write.get();
        assertThat(kind, headSequence(), equalTo(before + 1));
        JsonPath last = json().get("/api/agreements/{id}/ledger?size=1&page={p}", agreement, before).then()
                .statusCode(200).extract().jsonPath();
        assertThat(last.getString("items[0].kind"), equalTo(kind));
        return result;
    }

    private void adds(String kind, Runnable write) {
        adds(kind, () -> {
            write.run();
            return null;
        });
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
