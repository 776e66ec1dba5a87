package org.pacta.platform;

import static org.pacta.testsupport.Api.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.pacta.testsupport.Api.agreement;
import static org.pacta.testsupport.Api.commitment;
import static org.pacta.testsupport.Api.commitmentBody;
import static org.pacta.testsupport.Api.commitmentCount;
import static org.pacta.testsupport.Api.commitmentState;
import static org.pacta.testsupport.Api.get;
import static org.pacta.testsupport.Api.json;
import static org.pacta.testsupport.Api.partyBody;
import static org.pacta.testsupport.Api.party;
import static org.pacta.testsupport.Api.problem;
import static org.pacta.testsupport.Api.unique;
import static org.pacta.testsupport.Api.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * What a careless or hostile client can send. Each answer is a 4xx problem that says what is wrong, and the
 * stored data is exactly as it was before (DESIGN decision 10: a bad request changes nothing).
 */
@QuarkusTest
class BadInputTest {

    @Inject
    MutableClock clock;

    String party;
    long agreement;
    long existing;
    Map<String, Object> existingBefore;

    @BeforeEach
    void anAgreementWithOneCommitment() {
        clock.set(TestClockProducer.START);
        party = party("Asia/Tehran");
        agreement = agreement(party);
        existing = commitment(agreement, commitmentBody(party).with("startOn", "2026-03-01"));
        existingBefore = commitmentState(existing);
    }

    private void nothingChanged() {
        assertThat(commitmentState(existing), equalTo(existingBefore));
        assertThat(commitmentCount(agreement), equalTo(1L));
    }

    private Body edit() {
        return Body.from(existingBefore);
    }

    @Test
    void anUnknownTimeZone() {
        Body newParty = partyBody("Mars/Olympus_Mons");
        json().body(newParty).post("/api/parties").then().spec(problem(422))
                .body("errors.field", contains("timeZone"))
                .body("detail", containsString("\"Mars/Olympus_Mons\" is not a known IANA time zone"));
        json().get("/api/parties/{code}", newParty.get("code")).then().spec(problem(404));

        json().body(commitmentBody(party).with("dueZone", "Europe/Atlantis")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422)).body("errors.field", contains("dueZone"));
        json().body(edit().with("dueZone", "Europe/Atlantis")).put("/api/commitments/{id}", existing)
                .then().spec(problem(422)).body("detail", containsString("Europe/Atlantis"));
        nothingChanged();
    }

    @Test
    void aDeadlineBeforeTheStart() {
        json().body(commitmentBody(party).without("dueAt").with("dueDate", "2026-03-31").with("startOn", "2026-04-01"))
                .post("/api/agreements/{id}/commitments", agreement).then().spec(problem(422))
                .body("errors.field", contains("dueDate"))
                .body("detail", containsString("(2026-03-31) is before the start date (2026-04-01)"));
        json().body(edit().with("startOn", "2026-04-02")).put("/api/commitments/{id}", existing)
                .then().spec(problem(422)).body("detail", containsString("before the start date"));
        json().body(Body.of("dueDate", "2026-02-20", "reason", "Earlier")).post("/api/commitments/{id}/deadline", existing)
                .then().spec(problem(422)).body("detail", containsString("before the start date"));
        nothingChanged();
    }

    @Test
    void anUnknownPartyCode() {
        String nobody = uniqueCode();
        json().body(commitmentBody(nobody)).post("/api/agreements/{id}/commitments", agreement).then().spec(problem(422))
                .body("errors.field", contains("responsibleParty"))
                .body("detail", containsString("There is no party with code \"" + nobody + "\""));
        json().body(edit().with("responsibleParty", nobody)).put("/api/commitments/{id}", existing)
                .then().spec(problem(422));
        json().body(Body.of("title", "Ghost roadmap", "parties", List.of(party, nobody))).post("/api/agreements")
                .then().spec(problem(422)).body("detail", containsString(nobody));
        assertThat(get("/api/agreements?party=" + party).getLong("total"), equalTo(1L));
        nothingChanged();
    }

    @Test
    void aDependencyCycle() {
        long dependent = commitment(agreement, commitmentBody(party).with("dependsOn", List.of(existing)));
        Map<String, Object> dependentBefore = commitmentState(dependent);

        json().body(edit().with("dependsOn", List.of(dependent))).put("/api/commitments/{id}", existing)
                .then().spec(problem(422))
                .body("errors.field", contains("dependsOn"))
                .body("detail", containsString("dependency cycle: " + existing + " → " + dependent + " → " + existing));

        assertThat(commitmentState(existing), equalTo(existingBefore));
        assertThat(commitmentState(dependent), equalTo(dependentBefore));
    }

    @Test
    void aBlankTitle() {
        json().body(commitmentBody(party).with("title", "   ")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422))
                .body("errors.field", contains("title"))
                .body("detail", containsString("must not be blank"));
        json().body(edit().with("title", "")).put("/api/commitments/{id}", existing).then().spec(problem(422))
                .body("errors.field", contains("title"));
        nothingChanged();
    }

    @Test
    void doneByAPlainEdit() {
        json().body(edit().with("status", "DONE").with("title", "Declared done")).put("/api/commitments/{id}", existing)
                .then().spec(problem(422))
                .body("errors.field", contains("status"))
                .body("detail", containsString("progress update that carries evidence"));
        nothingChanged();
    }

    @Test
    void aDeadlineChangeWithoutAReason() {
        json().body(Body.of("dueDate", "2026-05-01")).post("/api/commitments/{id}/deadline", existing)
                .then().spec(problem(422))
                .body("errors.field", contains("reason"))
                .body("detail", containsString("needs a reason"));
        json().body(Body.of("dueDate", "2026-05-01", "reason", "  ")).post("/api/commitments/{id}/deadline", existing)
                .then().spec(problem(422));
        json().body(edit().with("dueAt", "2026-05-01T00:00:00Z")).put("/api/commitments/{id}", existing)
                .then().spec(problem(422)).body("errors.field", contains("deadlineChangeReason"));
        assertThat(get("/api/commitments/" + existing + "/deadline-changes").getLong("total"), equalTo(0L));
        nothingChanged();
    }

    @Test
    void malformedJson() {
        json().body("{\"title\": \"Unfinished").post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(400))
                .body("detail", containsString("not valid JSON"));
        json().body("{\"title\": \"A\", \"title\": \"B\"}").post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(400));
        json().body("[]").post("/api/agreements/{id}/commitments", agreement).then().spec(problem(400));
        json().body("").post("/api/agreements/{id}/commitments", agreement).then().spec(problem(422))
                .body("detail", containsString("send a JSON body"));
        nothingChanged();
    }

    @Test
    void aStringWhereANumberBelongs() {
        json().body(Body.of("percentComplete", "12", "note", "Typed as text")).post("/api/commitments/{id}/updates", existing)
                .then().spec(problem(400))
                .body("errors.field", contains("percentComplete"))
                .body("detail", containsString("expected number"));
        json().body(commitmentBody(party).with("dependsOn", List.of("x"))).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(400))
                .body("errors.field", contains("dependsOn[0]"));
        json().body(edit().with("version", "0")).put("/api/commitments/{id}", existing).then().spec(problem(400));
        json().body(commitmentBody(party).with("priority", "URGENT")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(400)).body("detail", containsString("LOW, NORMAL, HIGH, CRITICAL"));
        json().body(commitmentBody(party).with("dueAt", "next Friday")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(400)).body("detail", containsString("next Friday"));
        assertThat(get("/api/commitments/" + existing + "/updates").getLong("total"), equalTo(0L));
        nothingChanged();
    }

    @Test
    void aWordWhereAPageNumberBelongs() {
        for (String list : List.of("/api/commitments", "/api/parties", "/api/agreements", "/api/reports/overdue",
                "/api/commitments/" + existing + "/milestones", "/api/commitments/" + existing + "/updates")) {
            json().get(list + "?page=first").then().spec(problem(400))
                    .body("detail", containsString("page and size are whole numbers"));
            json().get(list + "?size=ten").then().spec(problem(400));
        }
    }

    @Test
    void aBlankTagIsReportedAtItsPlaceInTheList() {
        json().body(commitmentBody(party).with("tags", List.of("rail", " "))).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422))
                .body("errors.field", contains("tags[1]"));
        nothingChanged();
    }

    @Test
    void aListLongerThanItsFieldAllowsIsRefusedBeforeAnyItemIsChecked() {
        // Checked item by item, each of these kept a request busy for minutes or ran the server out of memory.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            json().body(Body.of("title", "Crowded roadmap", "parties", Collections.nCopies(100_000, " "))).post("/api/agreements")
                    .then().spec(problem(422)).body("errors.field", contains("parties"))
                    .body("detail", containsString("at most 50 items (this list has 100000)"));
            json().body(commitmentBody(party).with("tags", Collections.nCopies(100_000, ""))).post("/api/agreements/{id}/commitments", agreement)
                    .then().spec(problem(422)).body("errors.field", contains("tags")).body("detail", containsString("at most 20 tags"));
            json().body(Body.of("note", "Proof", "evidence", Collections.nCopies(150_000, "x"))).post("/api/commitments/{id}/updates", existing)
                    .then().spec(problem(422)).body("errors.field", contains("evidence"))
                    .body("detail", containsString("at most 20 items (this list has 150000)"));
            json().body(Body.of("format", "pacta.roadmap.v1", "agreement", Map.of("title", "Nulls", "parties", List.of(party)),
                    "commitments", Collections.nCopies(20_000, null))).post("/api/agreements/import")
                    .then().spec(problem(400)).body("errors.field", contains("commitments[0]"));
        });
        assertThat(get("/api/commitments/" + existing + "/updates").getLong("total"), equalTo(0L));
        assertThat(get("/api/agreements?party=" + party).getLong("total"), equalTo(1L));
        nothingChanged();
    }

    @Test
    void aNullInAListIsRefusedAtItsPlace() {
        json().body(Body.of("note", "Proof", "evidence", Arrays.asList("https://example.org/report", null)))
                .post("/api/commitments/{id}/updates", existing).then().spec(problem(400))
                .body("errors.field", contains("evidence[1]"));
        json().body(commitmentBody(party).with("dependsOn", Arrays.asList((Object) null))).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(400)).body("errors.field", contains("dependsOn[0]"));
        assertThat(get("/api/commitments/" + existing + "/updates").getLong("total"), equalTo(0L));
        nothingChanged();
    }

    @Test
    void aDocumentWithHundredsOfProblemsIsAnsweredWithTheFirstHundredAndTheirCount() {
        List<Map<String, Object>> untitled = Collections.nCopies(300, Map.of("responsibleParty", party, "dueDate", "2026-05-01"));
        json().body(Body.of("format", "pacta.roadmap.v1", "agreement", Map.of("title", "Untitled promises", "parties", List.of(party)),
                "commitments", untitled)).post("/api/agreements/import").then().spec(problem(422))
                .body("errors.size()", equalTo(100))
                .body("errors.path", everyItem(endsWith(".title")))
                .body("detail", equalTo("300 problems were found; the first 100 are listed. Nothing was saved."));
        assertThat(get("/api/agreements?party=" + party).getLong("total"), equalTo(1L));
    }

    /** Sends a request byte for byte and reads until the server closes the connection. */
    private static String overASocket(String head, String body) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write((head + "\r\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zz\r\n{\"code\": \"AB\"}\r\n0\r\n\r\n", "3\r\n{\"code\": \"AB\"}\r\n0\r\n\r\n"})
    void aChunkedBodyThatBreaksOffIsAnsweredBeforeTheConnectionCloses(String chunks) throws java.io.IOException {
        String head = "POST /api/parties HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + org.pacta.testsupport.Api.adminToken()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n";
        String answer = overASocket(head, chunks);
        assertThat(answer, org.hamcrest.Matchers.startsWith("HTTP/1.1 400 "));
        assertThat(answer, containsString("application/problem+json"));
        assertThat(answer, containsString("chunked encoding is malformed"));
        json().get("/api/parties/AB").then().spec(problem(404));
    }

    /** A value the API once took, guessing or ignoring what it meant; each is now refused with what was expected. */
    record Lenient(String what, String path, Body body, int status, String says) {
        @Override
        public String toString() {
            return what;
        }
    }

    List<Lenient> lenient() {
        Body roadmap = Body.of("format", "pacta.roadmap.v1", "agreement", Map.of("title", unique("Old roadmap"), "parties", List.of(party)),
                "commitments", List.of(Map.of("title", "Done long ago", "responsibleParty", party, "dueDate", "2026-05-01",
                        "status", "DONE", "evidence", List.of("https://example.org/done"), "completedAt", "1800-01-01T00:00:00Z")));
        String commitments = "/api/agreements/" + agreement + "/commitments";
        return List.of(
                new Lenient("a number as a date", commitments, commitmentBody(party).without("dueAt").with("dueDate", 20_000), 400, "dueDate"),
                new Lenient("a number as an instant", commitments, commitmentBody(party).with("dueAt", 1_774_990_800), 400, "dueAt"),
                new Lenient("a date-time as a date", commitments, commitmentBody(party).without("dueAt").with("dueDate", "2026-03-31T10:00:00"),
                        400, "dueDate"),
                new Lenient("a rule with no day", "/api/agreements", Body.of("title", unique("Roadmap"), "parties", List.of(party),
                        "reviewSchedule", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), 422, "no day that exists"),
                new Lenient("a format like the marker", "/api/agreements/import", roadmap.with("format", "pactaXroadmapXv1"), 422,
                        "must be pacta.roadmap.v1"),
                new Lenient("a completion in 1800", "/api/agreements/import", roadmap, 422, "between the years 1900 and 2200"));
    }

    @Test
    void whatTheApiOnceTookByGuessingIsRefused() {
        for (Lenient l : lenient()) {
            io.restassured.response.Response r = json().body(l.body()).post(l.path());
            assertThat(l + ": " + r.asString(), r.statusCode(), equalTo(l.status()));
            assertThat(l.what(), r.asString(), containsString(l.says()));
        }
        assertThat(get("/api/agreements?party=" + party).getLong("total"), equalTo(1L));
        nothingChanged();
    }

    @Test
    void anIdWrittenInOtherDigitsNamesNothing() {
        String fullWidth = Long.toString(existing).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\uFF10')))
                .collect(java.util.stream.Collectors.joining());
        String persian = Long.toString(existing).chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\u06F0')))
                .collect(java.util.stream.Collectors.joining());
        for (String id : List.of(fullWidth, persian)) {
            json().get("/api/commitments/" + id).then().spec(problem(404));
            json().body(edit()).put("/api/commitments/" + id).then().spec(problem(404));
        }
        json().get("/api/commitments/" + existing).then().statusCode(200);
        nothingChanged();
    }

    @Test
    void aCsvLineThatCannotBeReadIsNamedInPactasWords() {
        String csv = "title,responsibleParty,dueDate\n\"Unclosed," + party + ",2026-05-01\n";
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/api/agreements/{id}/commitments/import", agreement)
                .then().spec(problem(400)).body("errors.line", contains(2))
                .body("detail", containsString("Line 2: a quoted value is not closed"))
                .body("detail", not(containsString("org.apache"))).body("detail", not(containsString("encapsulated")));
        nothingChanged();
    }

    @Test
    void anUnknownField() {
        json().body(commitmentBody(party).with("deadline", "2026-03-31")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(400))
                .body("detail", containsString("Unknown field \"deadline\""));
        nothingChanged();
    }

    @Test
    void aBodyOfFiveMebibytes() {
        String huge = "{\"title\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";

        json().body(huge).post("/api/agreements/{id}/commitments", agreement).then().spec(problem(413))
                .body("detail", containsString("1 MiB"));
        nothingChanged();
    }

    @Test
    void theWrongContentType() {
        given().contentType("text/plain").accept("application/json").body(commitmentBody(party).toString())
                .post("/api/agreements/{id}/commitments", agreement).then().spec(problem(415));
        given().contentType("application/xml").accept("application/json").body("<commitment/>")
                .put("/api/commitments/{id}", existing).then().spec(problem(415));
        nothingChanged();
    }

    @Test
    void hostileTextIsStoredAndReturnedVerbatim() {
        String script = "<script>alert(1)</script>";
        String injection = "'; DROP TABLE commitment;--";
        String persian = "\u200fتعهد راه‌آهن مستقیم تهران–مینسک";
        String emoji = "🚆 rail 🇮🇷🤝🇧🇾";
        Body hostile = commitmentBody(party).with("title", script).with("description", injection + "\n" + persian)
                .with("owner", Map.of("name", persian)).with("tags", List.of(emoji));

        long id = commitment(agreement, hostile);

        String raw = json().get("/api/commitments/{id}", id).then().statusCode(200)
                .body("title", equalTo(script))
                .body("description", equalTo(injection + "\n" + persian))
                .body("owner.name", equalTo(persian))
                .body("tags", contains(emoji))
                .extract().asString();
        assertThat(raw, containsString("\"description\":\"'; DROP TABLE commitment;--\\n"));
        assertThat(get("/api/commitments?agreement=" + agreement + "&q=DROP TABLE").getList("items.id", Long.class),
                contains(id));
        assertThat(commitmentCount(agreement), equalTo(2L));
    }

    @Test
    void controlCharactersInATitleAreRefused() {
        json().body(commitmentBody(party).with("title", "Bell\u0007 ringing")).post("/api/agreements/{id}/commitments", agreement)
                .then().spec(problem(422))
                .body("errors.field", contains("title"))
                .body("detail", containsString("control characters (found U+0007)"));
        json().body(edit().with("title", "Two\nlines")).put("/api/commitments/{id}", existing).then().spec(problem(422))
                .body("detail", containsString("single line"));
        json().body(partyBody("UTC").with("name", "Nul\u0000party")).post("/api/parties").then().spec(problem(422))
                .body("errors.field", hasItem("name"));
        nothingChanged();
    }

    @Test
    void problemsAreSaidInTheRequestsLanguageWithTheirTypesAndFieldNamesUnchanged() {
        given().header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5").get("/api/agreements/987654321").then().statusCode(404)
                .header("Content-Language", "ru").body("type", equalTo("about:blank")).body("title", equalTo("Не найдено"))
                .body("detail", equalTo("Соглашение 987654321 не существует."));
        given().header("Accept-Language", "fa").get("/api/agreements/987654321").then().statusCode(404)
                .header("Content-Language", "fa").body("title", equalTo("یافت نشد"))
                .body("detail", equalTo("توافق‌نامهٔ ۹۸۷۶۵۴۳۲۱ وجود ندارد."));
        given().get("/api/agreements/987654321").then().statusCode(404).header("Content-Language", "en")
                .body("title", equalTo("Not Found")).body("detail", equalTo("Agreement 987654321 does not exist."));

        String code = uniqueCode();
        json().header("Accept-Language", "ru").body(Map.of("code", code, "name", "Mars", "timeZone", "Mars/Olympus"))
                .post("/api/parties").then().statusCode(422).header("Content-Language", "ru")
                .body("type", equalTo("urn:pacta:problem:validation")).body("title", equalTo("Неверные данные"))
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", containsString("неизвестный часовой пояс IANA"));
        json().header("Accept-Language", "fa").body(Map.of("code", code, "name", "Mars", "timeZone", "Asia/Tehran",
                "language", "xx")).post("/api/parties").then().statusCode(422).header("Content-Language", "fa")
                .body("title", equalTo("ورودی نامعتبر")).body("errors[0].field", equalTo("language"))
                .body("errors[0].message", containsString("Pacta به زبان «\u2068xx\u2069» نمی‌نویسد"));
        json().header("Accept-Language", "ru").body(Map.of("code", code, "name", " ", "timeZone", "Asia/Tehran"))
                .post("/api/parties").then().statusCode(422).body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("не должно быть пустым"));
        given().get("/api/parties/" + code).then().statusCode(404);

        io.restassured.RestAssured.given().header("Accept-Language", "ru").get("/api/me").then().statusCode(401)
                .header("Content-Language", "ru").body("type", equalTo("urn:pacta:problem:unauthorized"))
                .body("detail", startsWith("Сначала войдите"));
        io.restassured.RestAssured.given().header("Accept-Language", "fa").header("Authorization", "Bearer no-such-token")
                .get("/api/me").then().statusCode(401).body("detail", startsWith("اعتبارنامهٔ شما معتبر نیست"));
        io.restassured.RestAssured.given().get("/api/me").then().statusCode(401).body("detail", startsWith("Sign in first"));
    }
}
