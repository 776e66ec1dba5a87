package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.Body;
import org.pacta.testsupport.MutableClock;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;
import org.pacta.testsupport.TestClockProducer;

/**
 * The dashboard's content is rendered once and kept for every reader of the same figures, language and zone; what a
 * reader sees must still be the ledger as it is now, in the reader's language, inside the reader's own frame.
 */
@QuarkusTest
class DashboardPageTest {

    private static final Pattern OVERDUE = Pattern.compile("stat-overdue\" href=\"/reports/overdue\"><span class=\"num\">([0-9,]+)<");

    @Inject
    MutableClock clock;

    @BeforeEach
    void start() {
        clock.set(TestClockProducer.START);
    }

    @Test
    void aChangeShowsAtOnceInEveryLanguageAndEachReaderKeepsTheirOwnFrame() {
        Personas.Persona admin = Personas.admin();
        PageSession signedIn = admin.session();
        long before = overdue(signedIn.page("/"));

        String party = Api.party();
        long agreement = Api.agreement(party);
        String title = Api.unique("Bridge repair");
        Api.commitment(agreement, Body.of("title", title, "responsibleParty", party, "dueAt",
                Api.daysAfterStart(-3).toString()));

        String after = signedIn.page("/");
        assertThat(overdue(after), equalTo(before + 1));
        assertThat(after, containsString(admin.email()));

        String persian = PageSession.anonymous().acceptLanguage("fa").page("/");
        assertThat(persian, containsString("<h1>داشبورد</h1>"));
        assertThat(persian, containsString("dir=\"rtl\""));
        assertThat(persian, not(containsString(admin.email())));

        String english = PageSession.anonymous().acceptLanguage("en").page("/");
        assertThat(english, containsString("<h1>Dashboard</h1>"));
        assertThat(english, not(containsString("داشبورد")));
        assertThat(english, not(containsString(admin.email())));
        assertThat(english, containsString("href=\"/login\""));
    }

    private static long overdue(String html) {
        Matcher m = OVERDUE.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no overdue figure on the dashboard");
        }
        return Long.parseLong(m.group(1).replace(",", ""));
    }
}
