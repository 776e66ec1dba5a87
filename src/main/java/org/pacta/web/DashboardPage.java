package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
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
    @Location("pages/dashboard.html")
    Template template;

    @GET
    @PermitAll
    public TemplateInstance show() {
        Dashboard.View view = dashboard.view(clock.instant(), access.publicOnly());
        TemplateInstance t = pages.render(template.data("view", view));
        Msg m = Messages.of(page);
        boolean rtl = page.rtl();
        return t.data("partyChart", Charts.bars(view.byParty(), legend(m), rtl, page.locale()))
                .data("agreementChart", Charts.bars(view.byAgreement(), legend(m), rtl, page.locale()));
    }

    static Charts.Legend legend(Msg m) {
        return new Charts.Legend(m.legend_on_time(), m.legend_late(), m.legend_reported(), m.legend_open(), m.legend_overdue());
    }
}
