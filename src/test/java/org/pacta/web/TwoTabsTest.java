package org.pacta.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacta.testsupport.Api;
import org.pacta.testsupport.PageSession;
import org.pacta.testsupport.Personas;

/** An official works in two tabs: a form opened first still submits after another page was opened in the second. */
@QuarkusTest
class TwoTabsTest {

    @Test
    void aFormOpenedBeforeAnotherPageStillSubmits() {
        String party = Api.party("Asia/Tehran");
        PageSession browser = Personas.official(party).session();

        browser.page("/agreements/new");
        String firstTab = browser.csrfToken();
        browser.page("/");
        browser.page("/agreements/new");
        assertThat(browser.csrfToken(), not(equalTo(null)));

        String title = Api.unique("Opened in the first tab");
        int status = browser.submitWithout("/agreements/new", Map.of("title", title, "parties", List.of(party),
                PageSession.CSRF_FIELD, firstTab)).statusCode();
        assertThat("the first tab's form is accepted", status, equalTo(303));
    }
}
