package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.TestClockProducer;

/**
 * On Persian pages every number Pacta writes is in Persian digits: counts, days overdue and slipped, percentages,
 * dates and times, page numbers, ids, calendar days and chart figures. The ledger here is a database of its own
 * whose people typed no digits, so any Latin digit left in the visible text is one Pacta wrote. Not visible, and
 * meant for machines, so left out: attributes (addresses, form values, datetime, SVG coordinates), scripts, and
 * what a text area holds.
 */
@QuarkusTest
@TestProfile(PersianDigitsPageTest.FreshLedger.class)
class PersianDigitsPageTest {

    public static class FreshLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", "jdbc:h2:mem:pacta-persian-digits;DB_CLOSE_DELAY=-1");
        }
    }

    private static final Pattern LATIN_DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern PERSIAN_DIGITS = Pattern.compile("[۰-۹]");

    @Inject
    MutableClock clock;

    private String token;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void everyNumberOnPersianPagesIsInPersianDigits() {
        // The rendering does not depend on the database; only an in-memory H2 gives this test a ledger of its own
        // (the PostgreSQL test database holds every other test's digits).
        Assumptions.assumeTrue("h2".equals(dbKind), "Persian digits are checked on the H2 test run, with a ledger of their own");
        clock.set(TestClockProducer.START);
        // The shared helpers keep the first database's administrator token; this ledger has its own.
        token = Api.token(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD, "persian digits");
        post("/api/parties", Map.of("code", "TEHRANROADS", "name", "Ministry of Roads", "timeZone", "Asia/Tehran"));
        post("/api/parties", Map.of("code", "MINSKRAIL", "name", "Ministry of Transport", "timeZone", "Europe/Minsk"));
        long roadmap = post("/api/agreements", Map.of("title", "Rail corridor roadmap", "parties", List.of("TEHRANROADS", "MINSKRAIL"),
                "public", true, "signedOn", "2026-01-15", "place", "Tehran", "reviewSchedule", "FREQ=MONTHLY"));
        for (int i = 0; i < 25; i++) {
            post("/api/agreements", Map.of("title", "Roadmap " + (char) ('A' + i), "parties", List.of("TEHRANROADS"), "public", true));
        }
        long late = post("/api/agreements/" + roadmap + "/commitments", Map.of("title", "Exchange customs data",
                "responsibleParty", "TEHRANROADS", "dueDate", "2026-02-10", "tags", List.of("transport"),
                "owner", Map.of("name", "Ali Rezaei", "email", "ali@example.ir")));
        post("/api/agreements/" + roadmap + "/commitments", Map.of("title", "Publish the timetable",
                "responsibleParty", "MINSKRAIL", "dueDate", "2026-03-05", "dependsOn", List.of(late)));
        long moving = post("/api/agreements/" + roadmap + "/commitments", Map.of("title", "Open the cargo terminal",
                "responsibleParty", "TEHRANROADS", "dueDate", "2026-03-20", "startOn", "2026-02-01", "dependsOn", List.of(late)));
        long done = post("/api/agreements/" + roadmap + "/commitments", Map.of("title", "Sign the tariff protocol",
                "responsibleParty", "MINSKRAIL", "dueDate", "2026-03-25"));
        post("/api/commitments/" + moving + "/updates", Map.of("status", "IN_PROGRESS", "percentComplete", 60, "note", "Halfway"));
        post("/api/commitments/" + moving + "/deadline", Map.of("dueDate", "2026-03-27", "reason", "Customs took longer"));
        post("/api/commitments/" + done + "/updates", Map.of("status", "DONE", "evidence", List.of("https://example.org/protocol")));
        post("/api/commitments/" + late + "/milestones", Map.of("title", "Draft exchanged", "dueDate", "2026-02-20"));
        post("/api/commitments/" + late + "/milestones", Map.of("title", "Experts met", "dueDate", "2026-02-25", "completed", true));
        post("/api/users", Map.of("email", "rail.official@example.org", "name", "Rail official", "role", "official",
                "password", "quiet orchard lantern evening", "parties", List.of("TEHRANROADS")));

        PageSession visitor = PageSession.anonymous().acceptLanguage("fa");
        PageSession official = PageSession.signedIn("rail.official@example.org", "quiet orchard lantern evening")
                .acceptLanguage("fa");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", visitor.page("/"));
        pages.put("dashboard, signed in", official.page("/"));
        pages.put("agreements", visitor.page("/agreements"));
        pages.put("agreement", visitor.page("/agreements/" + roadmap));
        pages.put("commitment overdue", visitor.page("/commitments/" + late));
        pages.put("commitment with its forms", official.page("/commitments/" + moving));
        pages.put("overdue report", visitor.page("/reports/overdue"));
        pages.put("calendar, February", visitor.page("/calendar?month=2026-02"));
        pages.put("calendar, March", official.page("/calendar?month=2026-03"));
        // Signed in: a visitor is asked to sign in instead (PageAccessTest).
        Response missing = official.get("/commitments/987654");
        assertThat(missing.statusCode(), equalTo(404));
        pages.put("not found", missing.asString());

        List<String> latin = new ArrayList<>();
        List<String> withoutPersianDigits = new ArrayList<>();
        pages.forEach((name, html) -> {
            assertThat(name, html, containsString("<html lang=\"fa\" dir=\"rtl\">"));
            String text = visibleText(html);
            Matcher m = LATIN_DIGITS.matcher(text);
            while (m.find()) {
                latin.add(name + ": «" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).strip() + "»");
            }
            if (!PERSIAN_DIGITS.matcher(text).find()) {
                withoutPersianDigits.add(name);
            }
        });
        assertThat(latin, empty());
        assertThat("every page shows numbers", withoutPersianDigits, empty());

        String dashboard = visibleText(pages.get("dashboard"));
        assertThat(dashboard, containsString("۱۹ روز تأخیر"));
        assertThat(dashboard, containsString("به‌موقع انجام شده (۱ از ۱)"));
        assertThat(visibleText(pages.get("agreements")), containsString("صفحهٔ ۱ از ۲"));
        assertThat(visibleText(pages.get("agreements")), containsString("۲۶ توافق‌نامه"));
        String commitment = visibleText(pages.get("commitment with its forms"));
        assertThat(commitment, containsString("۶۰٪"));
        assertThat(commitment, containsString("+۷ روز"));
        assertThat(commitment, containsString("#" + Numerals.digits(Long.toString(late), java.util.Locale.forLanguageTag("fa"))));
        assertThat(commitment, containsString("۷ فروردین ۱۴۰۵"));
        assertThat(visibleText(pages.get("calendar, February")), containsString("فوریه ۲۰۲۶"));
        assertThat(visibleText(pages.get("not found")), containsString("تعهد ۹۸۷۶۵۴ وجود ندارد."));
        // What machines read stays Latin.
        assertThat(pages.get("commitment with its forms"), containsString("value=\"60\""));
        assertThat(pages.get("calendar, February"), containsString("<time datetime=\"2026-02-10\""));
    }

    /** The page's text as a reader sees it: no tags or attributes, no scripts, no text area contents. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?s)<script\\b.*?</script>", " ").replaceAll("(?s)<style\\b.*?</style>", " ")
                .replaceAll("(?s)<textarea\\b.*?</textarea>", " ").replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ");
    }

    private long post(String path, Object body) {
        RequestSpecification json = RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
        Response r = json.body(body).post(path);
        if (r.statusCode() >= 300) {
            throw new AssertionError("POST " + path + " answered " + r.statusCode() + ": " + r.asString());
        }
        Object id = r.jsonPath().get("id");
        return id instanceof Number n ? n.longValue() : 0;
    }
}
