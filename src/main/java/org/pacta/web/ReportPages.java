package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.pacta.agreement.PartyService;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.commitment.LedgerCache;
import org.pacta.report.OverdueAnswers;
import org.pacta.report.OverdueItem;
import org.pacta.report.Scorecard;
import org.pacta.report.Scorecards;

/** The overdue report: filters, most overdue first, a CSV download and a print layout for an A4 briefing. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** The cache key of the party list in the report's filter (parties raise the ledger stamp when they change). */
    private static final String PARTIES = "report-page-parties";

    @Inject
    PartyService partyService;

    @Inject
    LedgerCache cache;

    @Inject
    OverdueAnswers report;

    @Inject
    Clock clock;

    @Inject
    Pages pages;

    @Inject
    @Location("pages/overdue.html")
    Template template;

    @Inject
    @Location("pages/overdue-rows.html")
    Template rowsTemplate;

    @Inject
    Page page;

    @Inject
    Scorecards scorecards;

    @Inject
    @Location("pages/scorecard.html")
    Template scorecardTemplate;

    /** The report's rows as HTML: what they show depends on the answer and on the reader's language, calendar and zone only. */
    private record RowsKey(PageResult<OverdueItem> result, String language, String calendar, ZoneId zone) {
    }

    @GET
    @Path("overdue")
    @PermitAll
    public TemplateInstance show(@QueryParam("party") String party, @QueryParam("agreement") String agreement,
            @QueryParam("tag") String tag, @QueryParam("minDaysOverdue") String minDays,
            @QueryParam("responsibleBody") String body, @QueryParam("confirmation") String confirmation,
            @QueryParam("page") Integer pageNumber) {
        long stamp = cache.stamp();
        Instant now = clock.instant();
        PageResult<OverdueItem> result = report.page(party, agreement, tag, minDays, body, confirmation,
                PageRequest.of(pageNumber, 50), stamp);
        boolean confirming = OverdueAnswers.confirmation(confirmation) != null;
        // Fifty rows are most of the page's rendering; a new answer is a new key, so they are rendered again with it.
        String rows = cache.answer(new RowsKey(result, page.lang(), page.calendar(), page.zone()), stamp, now, t -> new LedgerCache.Fresh<>(
                rowsTemplate.data("page", page).data("items", result.items()).data("confirming", confirming).setLocale(page.locale()).render(),
                LedgerCache.NEVER));
        String query = "party=" + AgreementPages.enc(party) + "&agreement=" + AgreementPages.enc(agreement) + "&tag="
                + AgreementPages.enc(tag) + "&minDaysOverdue=" + AgreementPages.enc(minDays) + "&responsibleBody="
                + AgreementPages.enc(body) + "&confirmation=" + AgreementPages.enc(confirmation);
        FormData filter = FormData.empty().set("party", party).set("agreement", agreement).set("tag", tag)
                .set("minDaysOverdue", minDays).set("responsibleBody", body)
                .set("confirmation", confirming ? confirmation.strip().toLowerCase(java.util.Locale.ROOT) : null);
        return pages.render(template.data("result", result).data("pager", AgreementPages.Pager.of(result,
                "/reports/overdue?" + query)).data("filter", filter).data("rows", rows).data("csv", "/reports/overdue.csv?" + query).data("confirming", confirming)
                .data("parties", cache.answer(PARTIES, stamp, now,
                        t -> new LedgerCache.Fresh<>(partyService.views(), LedgerCache.NEVER))).data("generatedAt", now));
    }

    @GET
    @Path("overdue.csv")
    @PermitAll
    @Produces("text/csv")
    public Response csv(@QueryParam("party") String party, @QueryParam("agreement") String agreement,
            @QueryParam("tag") String tag, @QueryParam("minDaysOverdue") String minDays,
            @QueryParam("responsibleBody") String body, @QueryParam("confirmation") String confirmation) {
        return report.csv(party, agreement, tag, minDays, body, confirmation);
    }

    /** Scorecards: per party and per agreement over a period, a trend chart by quarter, the same as CSV. */
    @GET
    @Path("scorecard")
    @PermitAll
    public TemplateInstance scorecard(@QueryParam("agreementId") String agreement, @QueryParam("party") String party,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Scorecard card = scorecards.card(agreement, party, from, to);
        String query = "agreementId=" + AgreementPages.enc(agreement) + "&party=" + AgreementPages.enc(party);
        FormData filter = FormData.empty().set("agreementId", agreement).set("party", party);
        long stamp = cache.stamp();
        return pages.render(scorecardTemplate.data("card", card).data("filter", filter)
                .data("csv", "/api/reports/scorecard?format=csv&" + query + "&from=" + card.from() + "&to=" + card.to())
                .data("chart", ScorecardViews.trend(card, query, Messages.report(page), Messages.of(page), page.rtl(), page.locale()))
                .data("parties", cache.answer(PARTIES, stamp, clock.instant(),
                        t -> new LedgerCache.Fresh<>(partyService.views(), LedgerCache.NEVER))));
    }
}
