package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.pacta.commitment.LedgerCache;
import org.pacta.report.Dashboard;
import org.pacta.security.Access;

/** What is late, who is late, and what falls due next. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @Inject
    Dashboard dashboard;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @Inject
    Pages pages;

    @Inject
    Page page;

    @Inject
    LedgerCache cache;

    @Inject
    @Location("pages/dashboard.html")
    Template template;

    @Inject
    @Location("pages/dashboard-body.html")
    Template body;

    /** The page's content depends on the figures and on the reader's language, calendar and zone only. */
    private record BodyKey(Dashboard.View view, String language, String calendar, ZoneId zone) {
    }

    @GET
    @PermitAll
    public TemplateInstance show() {
        Instant now = clock.instant();
        long stamp = cache.stamp();
        Dashboard.View view = dashboard.view(now, access.publicOnly(), stamp);
        // Rendering the figures, lists and charts was most of the page's time; the frame around them is the reader's.
        String content = cache.answer(new BodyKey(view, page.lang(), page.calendar(), page.zone()), stamp, now, t -> {
            Msg m = Messages.of(page);
            boolean rtl = page.rtl();
            return new LedgerCache.Fresh<>(pages.render(body.data("view", view))
                    .data("partyChart", Charts.bars(view.byParty(), legend(m), rtl, page.locale()))
                    .data("agreementChart", Charts.bars(view.byAgreement(), legend(m), rtl, page.locale())).render(),
                    LedgerCache.NEVER);
        });
        return pages.render(template.data("body", new RawString(content)));
    }

    static Charts.Legend legend(Msg m) {
        return new Charts.Legend(m.legend_on_time(), m.legend_late(), m.legend_reported(), m.legend_open(), m.legend_overdue());
    }
}
