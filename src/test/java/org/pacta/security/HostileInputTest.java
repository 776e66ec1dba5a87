package org.pacta.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
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
 * What a hostile client sends to every write endpoint (and as the ids and query parameters of every endpoint):
 * malformed JSON, wrong types, unknown fields, 100 000-character strings, control characters, broken surrogates,
 * and hostile ids. Each is answered with a 4xx problem, never a 5xx, and changes nothing: the audit trail (every
 * write leaves a row) keeps its length and the items read the same.
 *
 * <p>Markup and SQL in a text field are not hostile input but text: they are stored verbatim and come back as
 * JSON strings ({@link #markupAndSqlInTextAreStoredVerbatim()}).
 */
@QuarkusTest
class HostileInputTest {

    static final String HUGE = "x".repeat(100_000);
    /** Values a string field must refuse: NUL, BEL, an ANSI escape, a broken surrogate pair. */
    static final List<String> CONTROL = List.of("Bad\u0000value", "Bad\u0007value", "Bad\u001b[2Jvalue", "Bad\uD800value");
    /** Ids and codes that are not ids. */
    static final List<String> HOSTILE_IDS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "..%2f..%2f..%2f", "%00",
            "1%00", "1%27%3B%20DROP%20TABLE%20commitment%3B--", "1%20OR%201%3D1", "-1", "0", "99999999999999999999",
            "1.5", "1e3", "0x10", "%20", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%E2%80%AE", "x".repeat(3000));
    /** Query parameter values, unencoded (REST Assured encodes them). */
    static final List<String> HOSTILE_QUERY_VALUES = List.of("'; DROP TABLE commitment;--", "<script>alert(1)</script>",
            "\u0000", "%00", "../../etc/passwd", "-1", "99999999999999999999", "1e3", "\uD800", "x".repeat(3000),
            "%", "_", "\\", "*", "status,desc;--");

    @Inject
    MutableClock clock;

    String party;
    long agreement;
    long commitment;
    long milestone;
    long subscription;
    Account person;

    @BeforeEach
    void somethingToAttack() {
        clock.set(TestClockProducer.START);
        party = Api.party("Asia/Tehran");
        agreement = Api.agreement(party);
        commitment = Api.commitment(agreement, Api.commitmentBody(party).with("owner",
                Map.of("name", "Owner", "email", "owner@example.org")));
        milestone = Api.milestone(commitment, Body.of("title", "Checkpoint", "dueAt", Api.daysAfterStart(10).toString()));
        person = Accounts.official(party);
        subscription = person.json().body(subscriptionBody()).post("/api/subscriptions").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @AfterEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    // --- what must not change

    private static long auditLength() {
        return Api.get("/api/audit?size=1").getLong("total");
    }

    /** Everything the attacks could have touched, as clients read it. */
    private Map<String, Object> state() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("audit", auditLength());
        s.put("party", Api.get("/api/parties/" + party).getMap(""));
        s.put("agreement", Api.get("/api/agreements/" + agreement).getMap(""));
        s.put("agreements", Api.total("/api/agreements?party=" + party));
        s.put("commitment", Api.commitmentState(commitment));
        s.put("commitments", Api.commitmentCount(agreement));
        s.put("milestones", Api.get("/api/commitments/" + commitment + "/milestones").getMap(""));
        s.put("updates", Api.total("/api/commitments/" + commitment + "/updates"));
        s.put("deadlineChanges", Api.total("/api/commitments/" + commitment + "/deadline-changes"));
        s.put("reviews", Api.total("/api/agreements/" + agreement + "/reviews"));
        s.put("subscription", person.given().get("/api/subscriptions/{id}", subscription).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        s.put("subscriptions", person.given().get("/api/subscriptions").then().extract().jsonPath().getLong("total"));
        s.put("person", Api.get("/api/users/" + person.id()).getMap(""));
        s.put("tokens", person.given().get("/api/me/tokens").then().statusCode(200).extract().jsonPath().getList("id"));
        s.put("users", Api.total("/api/users"));
        s.put("parties", Api.total("/api/parties"));
        return s;
    }

    // --- valid bodies, which the attacks spoil one field at a time

    private Body subscriptionBody() {
        return Body.of("scope", Map.of("commitmentId", commitment), "channel", "email", "email", "watch@example.org",
                "leadTimes", List.of("P3D"), "onDue", true, "onOverdue", true, "escalateEvery", "P7D", "escalateAfter", 3,
                "delivery", "immediate", "timeZone", "UTC", "quietHours", Map.of("from", "22:00", "to", "07:00"));
    }

    private Body commitmentInput() {
        return Body.of("title", "A promise", "description", "What it is about", "responsibleParty", party,
                "owner", Map.of("name", "Owner", "email", "owner@example.org"), "tags", List.of("rail"),
                "priority", "HIGH", "startOn", "2026-03-01", "dueAt", Api.daysAfterStart(30).toString(),
                "dueZone", "Asia/Tehran", "status", "PLANNED", "dependsOn", List.of());
    }

    private long version(String path) {
        return Api.get(path).getLong("version");
    }

    /** A write endpoint, who calls it (allowed to), and a valid body for it. */
    private record Write(String method, String path, Account as, Supplier<Body> body, List<String> anyTextFields) {
    }

    private List<Write> writes() {
        List<Write> w = new ArrayList<>();
        w.add(new Write("POST", "/api/parties", null, () -> Body.of("code", Api.uniqueCode(), "name", "Ministry",
                "timeZone", "UTC"), List.of()));
        w.add(new Write("PUT", "/api/parties/" + party, null, () -> Body.of("name", "Ministry", "timeZone", "UTC",
                "version", version("/api/parties/" + party)), List.of()));
        Supplier<Body> agreementBody = () -> Body.of("title", "Roadmap", "summary", "Summary", "signedOn", "2026-01-15",
                "place", "Minsk", "sourceUrl", "https://example.org/roadmap", "status", "ACTIVE", "parties", List.of(party),
                "reviewSchedule", "FREQ=MONTHLY;INTERVAL=3", "public", false, "reviewZone", "UTC", "remindOwners", true,
                "coordinators", List.of("coordinator@example.org"));
        w.add(new Write("POST", "/api/agreements", null, agreementBody, List.of()));
        w.add(new Write("PUT", "/api/agreements/" + agreement, null,
                () -> agreementBody.get().with("version", version("/api/agreements/" + agreement)), List.of()));
        w.add(new Write("POST", "/api/agreements/import", null, () -> Body.of("format", "pacta.roadmap.v1",
                "agreement", Map.of("title", "Imported", "parties", List.of(party)),
                "parties", List.of(Map.of("code", party, "name", "Ministry", "timeZone", "Asia/Tehran")),
                "commitments", List.of(Map.of("ref", "c1", "title", "Imported promise", "responsibleParty", party,
                        "dueDate", "2026-06-30", "milestones", List.of(Map.of("title", "Step", "dueDate", "2026-05-01"))))),
                List.of()));
        w.add(new Write("POST", "/api/agreements/" + agreement + "/commitments", null, this::commitmentInput, List.of()));
        w.add(new Write("PUT", "/api/commitments/" + commitment, null, () -> commitmentInput()
                .with("deadlineChangeReason", "Moved").with("version", version("/api/commitments/" + commitment)),
                List.of()));
        w.add(new Write("POST", "/api/commitments/" + commitment + "/updates", null, () -> Body.of("note", "Progress",
                "status", "IN_PROGRESS", "percentComplete", 5, "evidence", List.of("https://example.org/evidence"),
                "author", "Someone"), List.of()));
        w.add(new Write("POST", "/api/commitments/" + commitment + "/deadline", null, () -> Body.of("dueDate", "2026-07-01",
                "dueZone", "Asia/Tehran", "reason", "Later", "author", "Someone"), List.of()));
        w.add(new Write("POST", "/api/commitments/" + commitment + "/milestones", null, () -> Body.of("title", "Step",
                "dueAt", Api.daysAfterStart(5).toString(), "dueZone", "UTC", "completed", false, "evidence", "Note 12"),
                List.of()));
        w.add(new Write("PUT", "/api/milestones/" + milestone, null, () -> Body.of("title", "Step",
                "dueAt", Api.daysAfterStart(5).toString(), "dueZone", "UTC", "completed", false, "evidence", "Note 12",
                "version", Api.get("/api/commitments/" + commitment + "/milestones").getLong("items[0].version")),
                List.of()));
        w.add(new Write("POST", "/api/agreements/" + agreement + "/reviews", null, () -> Body.of("notes", "Reviewed",
                "author", "Someone"), List.of()));
        w.add(new Write("POST", "/api/subscriptions", person, this::subscriptionBody, List.of()));
        w.add(new Write("POST", "/api/subscriptions", person, () -> Body.of("scope", Map.of("party", party),
                "email", "watch@example.org", "digestAt", "08:00", "delivery", "daily-digest"), List.of()));
        w.add(new Write("PUT", "/api/subscriptions/" + subscription, person, () -> subscriptionBody()
                .with("version", person.given().get("/api/subscriptions/{id}", subscription).then().extract().jsonPath()
                        .getLong("version")), List.of()));
        w.add(new Write("POST", "/api/users", null, () -> Accounts.userBody(Accounts.uniqueEmail("hostile"), "official",
                party), List.of("password")));
        w.add(new Write("PUT", "/api/users/" + person.id(), null, () -> Body.of("email", person.email(), "name", "Person",
                "role", "official", "parties", List.of(party), "password", "another long passphrase",
                "version", version("/api/users/" + person.id())), List.of("password")));
        // A wrong current password: the change itself is refused, whatever else happens to the body.
        w.add(new Write("POST", "/api/me/password", person, () -> Body.of("currentPassword", "not the password",
                "newPassword", "another long passphrase"), List.of("currentPassword", "newPassword")));
        w.add(new Write("POST", "/api/me/tokens", person, () -> Body.of("name", "script",
                "expiresAt", Api.daysAfterStart(30).toString()), List.of()));
        return w;
    }

    // --- the attacks

    private record Attack(String what, String body) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** JSON text; a lone surrogate is written as its escape, as UTF-8 has no bytes for it. */
    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o).replace("\uD800", "\\ud800");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body with the value at {@code path} replaced. */
    @SuppressWarnings("unchecked")
    private static Object replace(Object node, List<Object> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Object key = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put((String) key, replace(copy.get(key), rest, value));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) node);
        copy.set((Integer) key, replace(copy.get((Integer) key), rest, value));
        return copy;
    }

    /** A value of another JSON type than {@code v}'s, that no strict reader would take for it. */
    private static Object wrongType(Object v) {
        if (v instanceof String) {
            return Map.of("nested", "object");
        }
        if (v instanceof Number) {
            return "12";
        }
        if (v instanceof Boolean) {
            return "yes";
        }
        if (v instanceof List) {
            return Map.of("nested", "object");
        }
        return "a string";
    }

    private static void leaves(Object node, List<Object> path, Map<List<Object>, Object> out) {
        if (!path.isEmpty()) {
            out.put(path, node);
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                List<Object> p = new ArrayList<>(path);
                p.add(k);
                leaves(v, p, out);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                leaves(list.get(i), p, out);
            }
        }
    }

    private static List<Attack> attacks(Body valid, List<String> anyTextFields) {
        List<Attack> a = new ArrayList<>();
        String good = json(valid);
        a.add(new Attack("truncated JSON", good.substring(0, good.length() / 2)));
        a.add(new Attack("a trailing comma", good.substring(0, good.length() - 1) + ",}"));
        a.add(new Attack("two documents", good + good));
        a.add(new Attack("not an object", "[" + good + "]"));
        a.add(new Attack("a bare string", "\"hello\""));
        a.add(new Attack("null", "null"));
        a.add(new Attack("single quotes", good.replace('"', '\'')));
        a.add(new Attack("nested 5000 deep", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        a.add(new Attack("an unknown field", json(valid.with("isAdmin", true))));
        a.add(new Attack("someone else as owner", json(valid.with("ownerUserId", 1))));
        a.add(new Attack("a duplicate key", "{\"x\":1,\"x\":2," + good.substring(1)));
        Map<List<Object>, Object> leaves = new LinkedHashMap<>();
        leaves(valid, List.of(), leaves);
        leaves.forEach((path, value) -> {
            a.add(new Attack(path + " of the wrong type", json(replace(valid, path, wrongType(value)))));
            if (value instanceof String) {
                a.add(new Attack(path + " of 100 000 characters", json(replace(valid, path, HUGE))));
                boolean anyText = anyTextFields.contains(String.valueOf(path.get(path.size() - 1)));
                if (!anyText) {
                    CONTROL.forEach(c -> a.add(new Attack(path + " with " + describe(c), json(replace(valid, path, c)))));
                    // Inside an otherwise valid value, where a pattern that only looks at the shape would miss it.
                    String v = (String) value;
                    CONTROL.forEach(c -> a.add(new Attack(path + " with " + describe(c) + " inside",
                            json(replace(valid, path, v.isEmpty() ? c : v.charAt(0) + c.substring(3, 4) + v.substring(1))))));
                }
            }
        });
        return a;
    }

    private static String describe(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(ch -> sb.append(ch < 0x20 || ch >= 0xD800 && ch < 0xE000 ? String.format("\\u%04x", ch)
                : String.valueOf((char) ch)));
        return sb.toString();
    }

    private static RequestSpecification as(Account a) {
        return a == null ? Api.given() : a.given();
    }

    /** A refusal, as every error under /api looks: 4xx, problem+json, its status inside. */
    private static void refused(Response r, String what) {
        int status = r.statusCode();
        assertThat(what + " answered " + status + ": " + r.asString(), status >= 400 && status < 500, equalTo(true));
        assertThat(what, r.contentType(), startsWith(Api.PROBLEM_JSON));
        assertThat(what, r.jsonPath().getInt("status"), equalTo(status));
    }

    @Test
    void everyWriteEndpointRefusesSpoiledBodiesAndNothingChanges() {
        Map<String, Object> before = state();
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Write w : writes()) {
            for (Attack attack : attacks(w.body().get(), w.anyTextFields())) {
                Response r = as(w.as()).contentType(ContentType.JSON.withCharset("UTF-8"))
                        .body(attack.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .request(w.method(), w.path());
                sent++;
                try {
                    refused(r, w.method() + " " + w.path() + " with " + attack.what());
                } catch (AssertionError e) {
                    problems.add(e.getMessage().lines().findFirst().orElse("") + " — " + abbreviate(r.asString()));
                }
            }
        }
        assertEquals(List.of(), problems, problems.size() + " of " + sent + " spoiled requests were not refused");
        assertThat(state(), equalTo(before));
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    @Test
    void theCsvImportRefusesSpoiledFilesAndNothingChanges() {
        Map<String, Object> before = state();
        String header = "title,responsibleParty,dueDate\n";
        List<String> files = List.of("", "\n\n", "title\n", header + "\"unterminated," + party + ",2026-05-01\n",
                header + HUGE + "," + party + ",2026-05-01\n",
                header + "Bad\u0000value," + party + ",2026-05-01\n",
                header + "Bad\u0007value," + party + ",2026-05-01\n",
                header + "Fine," + party.substring(0, 2) + "\u0000" + party.substring(2) + ",2026-05-01\n",
                header + "Fine," + party + ",2026-05\u0000-01\n",
                header + "Fi\u0007ne," + party + ",2026-05-01\n",
                header + "Fine,../../etc/passwd,2026-05-01\n",
                header + "Fine," + party + ",'; DROP TABLE commitment;--\n",
                "title,responsibleParty,dueDate,isAdmin\nFine," + party + ",2026-05-01,true\n",
                header + "Fine," + party + ",2026-05-01\nSecond,UNKNOWN" + party + ",2026-05-01\n",
                header + ("Line," + party + ",2026-05-01\n").repeat(40_000));
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            Response r = Api.given().contentType("text/csv; charset=UTF-8")
                    .body(file.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/agreements/{id}/commitments/import", agreement);
            try {
                refused(r, "CSV " + abbreviate(describe(file)));
            } catch (AssertionError e) {
                problems.add(e.getMessage().lines().findFirst().orElse(""));
            }
        }
        assertEquals(List.of(), problems);
        assertThat(state(), equalTo(before));
    }

    @Test
    void bodiesThatAreNotJsonAtAllAreRefused() {
        Map<String, Object> before = state();
        String path = "/api/agreements/" + agreement + "/commitments";
        refused(Api.given().contentType("application/xml").body("<commitment/>").post(path), "XML");
        refused(Api.given().contentType(ContentType.JSON).body(new byte[] {(byte) 0xC3, (byte) 0x28, 0x7B, 0x7D}).post(path),
                "invalid UTF-8");
        refused(Api.given().contentType(ContentType.JSON).body(new byte[] {0x00, 0x00, 0x00}).post(path), "NUL bytes");
        refused(Api.given().contentType(ContentType.JSON).body("{\"title\":\"" + "y".repeat(1_100_000) + "\"}").post(path),
                "more than 1 MiB");
        refused(Api.given().contentType(ContentType.JSON).body("{\"title\":\"\\u0000\"}").post(path), "an escaped NUL");
        refused(Api.given().contentType(ContentType.JSON).body("{\"title\":\"\\ud800\"}").post(path), "an escaped lone surrogate");
        assertThat(state(), equalTo(before));
    }

    // --- ids and query parameters of every endpoint, from the OpenAPI document

    private static Map<String, Map<String, Object>> operations() {
        return RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
    }

    @Test
    void hostileIdsInEveryPathAreNotFoundOrRefused() {
        Map<String, Object> before = state();
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (var entry : new TreeMap<>(operations()).entrySet()) {
            String template = entry.getKey();
            if (!template.contains("{")) {
                continue;
            }
            for (String method : entry.getValue().keySet()) {
                for (String id : HOSTILE_IDS) {
                    String path = template.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(id));
                    RequestSpecification request = Api.given().urlEncodingEnabled(false).redirects().follow(false);
                    if (method.equals("post") || method.equals("put")) {
                        request.contentType(ContentType.JSON).body("{}");
                    }
                    Response r = request.request(method.toUpperCase(Locale.ROOT), path);
                    sent++;
                    int status = r.statusCode();
                    String what = method.toUpperCase(Locale.ROOT) + " " + path;
                    if (status < 400 || status >= 500) {
                        problems.add(what + " answered " + status + " — " + abbreviate(r.asString()));
                    } else if (path.startsWith("/api/") && !r.contentType().startsWith(Api.PROBLEM_JSON)) {
                        problems.add(what + " answered " + status + " as " + r.contentType());
                    }
                }
            }
        }
        assertEquals(List.of(), problems, problems.size() + " of " + sent + " requests with hostile ids");
        assertThat(state(), equalTo(before));
    }

    @Test
    void hostileQueryParametersOfEveryReadEndpointAreAnsweredWithoutFailing() {
        Map<String, Object> before = state();
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (var entry : new TreeMap<>(operations()).entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> get = (Map<String, Object>) entry.getValue().get("get");
            if (get == null || !entry.getKey().startsWith("/api/")) {
                continue;
            }
            String path = entry.getKey().replace("{id}", String.valueOf(commitmentOrAgreement(entry.getKey())))
                    .replace("{code}", party).replace("{token}", "none");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.getOrDefault("parameters", List.of());
            for (Map<String, Object> p : parameters) {
                if (!"query".equals(p.get("in"))) {
                    continue;
                }
                for (String value : HOSTILE_QUERY_VALUES) {
                    Response r = Api.given().queryParam((String) p.get("name"), value).get(path);
                    sent++;
                    if (r.statusCode() >= 500 || r.statusCode() >= 400 && !r.contentType().startsWith(Api.PROBLEM_JSON)) {
                        problems.add("GET " + path + "?" + p.get("name") + "=" + abbreviate(describe(value)) + " answered "
                                + r.statusCode() + " — " + abbreviate(r.asString()));
                    }
                }
            }
        }
        assertThat("query parameters were tried", sent > 100, equalTo(true));
        assertEquals(List.of(), problems, problems.size() + " of " + sent + " requests with hostile query values");
        assertThat(state(), equalTo(before));
    }

    private long commitmentOrAgreement(String template) {
        if (template.startsWith("/api/agreements/") || template.startsWith("/api/calendar/agreements/")) {
            return agreement;
        }
        if (template.startsWith("/api/users/")) {
            return person.id();
        }
        return commitment;
    }

    // --- markup and SQL are text

    @Test
    void markupAndSqlInTextAreStoredVerbatim() {
        String script = "<script>alert(1)</script>";
        String sql = "'; DROP TABLE commitment;--";
        String quotes = "\"quoted\" \\ back\\slash </script><img src=x onerror=alert(1)>";
        long a = Api.agreement(Api.agreementBody(party).with("title", sql).with("summary", script));
        Response created = Api.json().body(Api.commitmentBody(party).with("title", script).with("description", quotes)
                .with("owner", Map.of("name", sql, "email", "owner@example.org")).with("tags", List.of(script)))
                .post("/api/agreements/{id}/commitments", a);
        created.then().statusCode(201).contentType(startsWith("application/json"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        long c = created.jsonPath().getLong("id");
        Api.json().body(Body.of("note", sql + " " + script, "status", "IN_PROGRESS")).post("/api/commitments/{id}/updates", c)
                .then().statusCode(201);
        Api.json().body(Body.of("notes", script + sql)).post("/api/agreements/{id}/reviews", a).then().statusCode(201);

        Response read = Api.given().get("/api/commitments/{id}", c);
        JsonPath j = read.jsonPath();
        assertThat(j.getString("title"), equalTo(script));
        assertThat(j.getString("description"), equalTo(quotes));
        assertThat(j.getString("owner.name"), equalTo(sql));
        assertThat(j.getString("agreementTitle"), equalTo(sql));
        assertThat(j.getList("tags"), equalTo(List.of(script)));
        // In the JSON text the quotes and backslashes are escaped, so the string cannot end early.
        assertThat(read.asString(), containsString("\\\"quoted\\\" \\\\ back\\\\slash"));
        assertThat(Api.get("/api/commitments/" + c + "/updates").getString("items[0].note"), equalTo(sql + " " + script));
        assertThat(Api.get("/api/agreements/" + a).getString("summary"), equalTo(script));
        assertThat(Api.get("/api/agreements/" + a + "/reviews").getString("items[0].notes[0].text"), equalTo(script + sql));
        // The table is still there, and the text is found as text.
        assertThat(Api.get("/api/commitments?q=" + "DROP TABLE").getLong("total") >= 0, equalTo(true));
        assertThat(Api.get("/api/agreements?q=" + sql.substring(0, 10)).getList("items.id", Long.class).contains(a),
                equalTo(true));
        assertThat(Api.get("/api/commitments?agreement=" + a + "&q=" + script).getLong("total"), equalTo(1L));
        // A person's name with markup is their name.
        Account marked = Accounts.create("monitor");
        Map<String, Object> user = Api.get("/api/users/" + marked.id()).getMap("");
        Api.json().body(Body.from(user).with("name", script)).put("/api/users/{id}", marked.id()).then().statusCode(200)
                .body("name", equalTo(script));
        marked.given().get("/api/me").then().body("name", equalTo(script));
    }
}
