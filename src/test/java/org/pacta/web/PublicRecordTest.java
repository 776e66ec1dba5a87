package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.pacta.testsupport.Api.anonymous;
import static org.pacta.testsupport.Api.daysAfterStart;
import static org.pacta.testsupport.Api.problem;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.agreement.Party;
import org.pacta.commitment.Commitment;
import org.pacta.commitment.Confirmation;
import org.pacta.commitment.ConfirmationStep;
import org.pacta.testsupport.Accounts;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.TestClockProducer;

/**
 * The public record of an agreement, as a reader who has not signed in meets it: the agreement page with its
 * progress, disputes and change history; the Atom feed, read by a real feed parser (Rome); the open data files.
 * Parties are named, people never; hostile text stays text everywhere; a non-public agreement is not there.
 */
@QuarkusTest
class PublicRecordTest {

    static final String OWNER_EMAIL = "owner.hidden@example.org";
    static final String OWNER_NAME = "Owner Hiddensson";
    static final String COORDINATOR = "coordinator.hidden@example.org";
    static final String AGREEMENT_TITLE = "<script>alert('a')</script> نقشهٔ راه «ریلی» 🚆 " ;
    static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\") <b>rails</b> راه‌آهن 🚀";
    static final String DISPUTE_NOTE = "<img src=x onerror=alert(1)> The border post is still closed";

    @Inject
    MutableClock clock;

    @ConfigProperty(name = "pacta.base-url")
    String baseUrl;

    String ir;
    String by;
    long agreement;
    long privateAgreement;
    long atRisk;
    long delivered;
    String agreementTitle;

    @BeforeEach
    void aPublicAgreementWithAHistory() {
        clock.set(TestClockProducer.START);
        ir = Api.party("Asia/Tehran");
        by = Api.party("Europe/Minsk");
        agreementTitle = AGREEMENT_TITLE + Api.uniqueCode();
        agreement = Api.agreement(Api.agreementBody(ir, by).with("title", agreementTitle).with("public", true)
                .with("coordinators", List.of(COORDINATOR)));
        privateAgreement = Api.agreement(Api.agreementBody(ir, by).with("coordinators", List.of(COORDINATOR)));
        Map<String, String> owner = Map.of("name", OWNER_NAME, "email", OWNER_EMAIL);
        atRisk = Api.commitment(agreement, Api.commitmentBody(ir).with("title", FORMULA_TITLE).with("reference", "1.1")
                .with("owner", owner));
        Api.commitment(privateAgreement, Api.commitmentBody(ir).with("title", "A private promise").with("owner", owner));
        later();
        Api.progress(atRisk, Body.of("status", "AT_RISK", "percentComplete", 40, "note", "Rolling stock is late",
                "evidence", List.of("https://example.org/minutes.pdf")));
        later();
        Api.reviseDeadline(atRisk, Body.of("dueAt", daysAfterStart(60).toString(), "reason", "The customs code is amended"));
        later();
        delivered = Api.commitment(agreement, Api.commitmentBody(ir).with("title", "Open the border post")
                .with("owner", owner));
        long milestone = Api.milestone(delivered, Body.of("title", "Site chosen", "dueAt", daysAfterStart(20).toString()));
        later();
        Api.json().header("If-Match", "\"0\"").body(Body.of("title", "Site chosen", "dueAt", daysAfterStart(20).toString(),
                "completed", true, "evidence", "https://example.org/protocol")).put("/api/milestones/{id}", milestone)
                .then().statusCode(200);
        later();
        Api.markDone(delivered, "https://example.org/report.pdf");
        later();
        dispute(delivered, by, DISPUTE_NOTE);
    }

    @AfterEach
    void startOfTime() {
        clock.set(TestClockProducer.START);
    }

    private void later() {
        clock.advance(Duration.ofHours(1));
    }

    /** A counterpart's dispute, written through the entity: the confirmation API is not this test's business. */
    private void dispute(long commitmentId, String partyCode, String note) {
        QuarkusTransaction.requiringNew().run(() -> {
            Commitment c = Commitment.findById(commitmentId);
            Party party = Party.byCode(partyCode).orElseThrow();
            new ConfirmationStep(c, null, party, Confirmation.Act.DISPUTED, "someone.of.by@example.org", note,
                    List.of("https://example.org/photo.jpg"), clock.instant()).persist();
            c.confirmation = Confirmation.DISPUTED;
        });
    }

    private static void noPeopleIn(String body) {
        assertThat(body, not(containsString(OWNER_EMAIL)));
        assertThat(body, not(containsString(OWNER_NAME)));
        assertThat(body, not(containsString(COORDINATOR)));
        assertThat("no account", body, not(containsString(Api.ADMIN_EMAIL)));
        assertThat("no account", body, not(containsString("someone.of.by@example.org")));
    }

    @Test
    void theHistoryIsNewestFirstAndNamesPartiesOnly() {
        Response r = anonymous().get("/api/agreements/{id}/open-data/history.json", agreement);
        r.then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"agreement-" + agreement + "-history.json\""))
                .body("agreementId", equalTo((int) agreement))
                .body("agreement", equalTo(agreementTitle))
                .body("items.kind", contains("DISPUTED", "PROGRESS", "MILESTONE_REACHED", "ADDED", "DEADLINE_CHANGED",
                        "PROGRESS", "ADDED"))
                .body("items.partyCode", contains(by, ir, ir, ir, ir, ir, ir))
                .body("items[0].note", equalTo(DISPUTE_NOTE))
                .body("items[0].evidence", contains("https://example.org/photo.jpg"))
                .body("items[1].status", equalTo("DONE"))
                .body("items[1].evidence", contains("https://example.org/report.pdf"))
                .body("items[2].milestoneTitle", equalTo("Site chosen"))
                .body("items[2].evidence", contains("https://example.org/protocol"))
                .body("items[4].note", equalTo("The customs code is amended"))
                .body("items[4].deadline.oldDueAt", equalTo(daysAfterStart(30).toString()))
                .body("items[4].deadline.newDueAt", equalTo(daysAfterStart(60).toString()))
                .body("items[4].deadline.shiftDays", equalTo(30))
                .body("items[5].percentComplete", equalTo(40))
                .body("items[6].commitmentTitle", equalTo(FORMULA_TITLE))
                .body("items[6].deadline.newDueAt", equalTo(daysAfterStart(30).toString()));
        noPeopleIn(r.asString());
    }

    @Test
    void theFeedIsAtomThatAFeedReaderReads() throws Exception {
        Response r = anonymous().get("/agreements/{id}/feed.atom", agreement);
        r.then().statusCode(200).contentType(startsWith("application/atom+xml"));
        String xml = r.asString();
        assertThat("the title is escaped, not markup", xml, not(containsString("<script>")));
        assertThat(xml, not(containsString("<img")));
        noPeopleIn(xml);

        Feed feed = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(r.asByteArray())));
        String page = baseUrl + "/agreements/" + agreement;
        assertThat(feed.getFeedType(), equalTo("atom_1.0"));
        assertThat(feed.getId(), startsWith("tag:"));
        assertThat(feed.getTitleEx().getValue(), equalTo(agreementTitle + ": changes"));
        assertThat(feed.getUpdated().toInstant(), equalTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        assertThat(feed.getAlternateLinks().stream().map(Link::getHrefResolved).toList(), contains(page));
        assertThat(feed.getOtherLinks().stream().filter(l -> "self".equals(l.getRel())).map(Link::getHref).toList(),
                contains(page + "/feed.atom"));
        assertThat(feed.getAuthors(), hasSize(1));

        List<Entry> entries = feed.getEntries();
        assertThat(entries, hasSize(7));
        assertThat(new HashSet<>(entries.stream().map(Entry::getId).toList()), hasSize(7));
        Entry newest = entries.get(0);
        assertThat(newest.getTitleEx().getValue(), equalTo("Completion disputed: Open the border post"));
        assertThat(newest.getAlternateLinks().get(0).getHref(), equalTo(baseUrl + "/commitments/" + delivered));
        assertThat(newest.getSummary().getValue(), containsString(DISPUTE_NOTE));
        assertThat(newest.getSummary().getValue(), containsString(by));
        Entry oldest = entries.get(6);
        assertThat(oldest.getTitleEx().getValue(), equalTo("Commitment added: 1.1 " + FORMULA_TITLE));

        // The same feed again: the same ids, and a reader that has it is told so.
        Response again = anonymous().get("/agreements/{id}/feed.atom", agreement);
        Feed second = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(again.asByteArray())));
        assertThat(second.getEntries().stream().map(Entry::getId).toList(), equalTo(entries.stream().map(Entry::getId).toList()));
        anonymous().header("If-None-Match", r.header("ETag")).get("/agreements/{id}/feed.atom", agreement)
                .then().statusCode(304);
    }

    @Test
    void thePageShowsProgressDisputesHistoryAndLinks() {
        Response r = anonymous().get("/agreements/{id}", agreement);
        r.then().statusCode(200);
        String html = r.asString();
        assertThat(html, containsString("<link rel=\"alternate\" type=\"application/atom+xml\""));
        assertThat(html, containsString("href=\"/agreements/" + agreement + "/feed.atom\""));
        assertThat("one of two delivered", html, containsString("50% delivered"));
        assertThat(html, containsString("Disputed by " + by));
        assertThat(html, containsString("&lt;img src=x onerror=alert(1)&gt; The border post is still closed"));
        assertThat(html, containsString("Completion disputed"));
        assertThat(html, containsString("Deadline changed"));
        assertThat(html, containsString("Reason: The customs code is amended"));
        assertThat(html, containsString("href=\"/api/agreements/" + agreement + "/open-data/commitments.csv\""));
        assertThat(html, containsString("href=\"/api/agreements/" + agreement + "/open-data/history.json\""));
        assertThat("the agreement's scorecard: a deadline revised this year", html, containsString("id=\"scorecard-parties\""));
        assertThat(html, containsString("href=\"/api/agreements/" + agreement + "/ledger\""));
        assertThat(html, not(containsString("<script>alert")));
        assertThat(html, not(containsString("<img src=x")));
        assertThat(html, containsString("&lt;script&gt;"));
        noPeopleIn(html);

        String persian = anonymous().header("Accept-Language", "fa").get("/agreements/{id}", agreement).asString();
        assertThat(persian, containsString("dir=\"rtl\""));
        assertThat(persian, containsString("تاریخچهٔ تغییرات"));
        assertThat(persian, containsString("انجام‌های مورد اعتراض"));
    }

    @Test
    void aLongHistoryIsPaged() {
        for (int i = 1; i <= 30; i++) {
            later();
            Api.progress(atRisk, Body.of("status", "IN_PROGRESS", "percentComplete", i, "note", "Step " + i));
        }
        String first = anonymous().get("/agreements/{id}", agreement).asString();
        assertThat(first, containsString("Step 30"));
        assertThat(first, not(containsString("Rolling stock is late")));
        assertThat(first, containsString("href=\"/agreements/" + agreement + "?page=1\""));
        String second = anonymous().get("/agreements/{id}?page=1", agreement).asString();
        assertThat(second, containsString("Rolling stock is late"));
        assertThat(second, not(containsString("Step 30")));
    }

    @Test
    void theOpenDataFilesAsCsvAndJson() throws IOException {
        Response csv = anonymous().get("/api/agreements/{id}/open-data/commitments.csv", agreement);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"agreement-" + agreement + "-commitments.csv\""));
        String text = csv.asString();
        assertThat("a byte order mark", text.charAt(0), equalTo('\uFEFF'));
        noPeopleIn(text);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows, hasSize(2));
        // By deadline: the revised one (now day 60) comes after the delivered one (day 30).
        CSVRecord first = rows.get(1);
        assertThat("a formula stays text", first.get("Title"), equalTo("'" + FORMULA_TITLE));
        assertThat(first.get("Reference"), equalTo("1.1"));
        assertThat(first.get("Responsible party"), equalTo(ir));
        assertThat(first.get("Status"), equalTo("AT_RISK"));
        assertThat(first.get("Percent complete"), equalTo("40"));
        assertThat(first.get("Baseline due at"), equalTo(daysAfterStart(30).toString()));
        assertThat(first.get("Due at"), equalTo(daysAfterStart(60).toString()));
        assertThat(first.get("Slippage days"), equalTo("30"));
        CSVRecord second = rows.get(0);
        assertThat(second.get("Status"), equalTo("DONE"));
        assertThat(second.get("Confirmation"), equalTo("DISPUTED"));
        assertThat(second.get("Completed at"), not(equalTo("")));

        Response json = anonymous().get("/api/agreements/{id}/open-data/commitments.json", agreement);
        json.then().statusCode(200)
                .body("items.title", contains("Open the border post", FORMULA_TITLE))
                .body("items[1].slippageDays", equalTo(30))
                .body("items[0].confirmation", equalTo("DISPUTED"))
                .body("items.owner", everyItem(nullValue()));
        noPeopleIn(json.asString());

        Response history = anonymous().get("/api/agreements/{id}/open-data/history.csv", agreement);
        history.then().statusCode(200).contentType(startsWith("text/csv"));
        noPeopleIn(history.asString());
        List<CSVRecord> events = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(history.asString().substring(1))).getRecords();
        assertThat(events.stream().map(e -> e.get("Kind")).toList(), contains("DISPUTED", "PROGRESS",
                "MILESTONE_REACHED", "ADDED", "DEADLINE_CHANGED", "PROGRESS", "ADDED"));
        assertThat(events.get(0).get("Party"), equalTo(by));
        assertThat(events.get(6).get("Commitment"), equalTo("'" + FORMULA_TITLE));
        assertThat(events.get(4).get("Shift days"), equalTo("30"));
    }

    @Test
    void aPrivateAgreementHasNoPublicRecord() {
        List<String> files = List.of("commitments.csv", "commitments.json", "history.csv", "history.json");
        for (String file : files) {
            anonymous().get("/api/agreements/{id}/open-data/" + file, privateAgreement).then().spec(problem(404));
            // Signed in, one reads the agreement, but its files are not published.
            Accounts.monitor().given().get("/api/agreements/{id}/open-data/" + file, privateAgreement).then()
                    .spec(problem(404));
            anonymous().get("/api/agreements/{id}/open-data/" + file, 999_999_999L).then().spec(problem(404));
        }
        anonymous().get("/agreements/{id}/feed.atom", privateAgreement).then().statusCode(404);
        Accounts.monitor().given().get("/agreements/{id}/feed.atom", privateAgreement).then().statusCode(404);
        anonymous().get("/agreements/{id}/feed.atom", "not-a-number").then().statusCode(is(404));
        // The page, as before: a visitor is asked to sign in, and learns nothing of it.
        Response page = anonymous().redirects().follow(false).get("/agreements/{id}", privateAgreement);
        assertThat(page.statusCode(), equalTo(302));
        assertThat(page.asString(), not(containsString("A private promise")));
        // A signed-in reader sees its history on the page, but no feed or files are offered.
        String html = Accounts.monitor().given().get("/agreements/{id}", privateAgreement).then().statusCode(200)
                .extract().asString();
        assertThat(html, containsString("Commitment added"));
        assertThat(html, not(containsString("feed.atom")));
        assertThat(html, not(containsString("open-data")));
        assertThat(List.of(html), hasItem(not(containsString("application/atom+xml"))));
    }
}
