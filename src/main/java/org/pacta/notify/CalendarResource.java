package org.pacta.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.agreement.Agreement;
import org.pacta.agreement.Party;
import org.pacta.platform.Languages;
import org.pacta.platform.Refusal;
import org.pacta.platform.QueryParams;

@Path("/api/calendar")
@Produces("text/calendar")
@Tag(name = "Calendar", description = "Deadlines, milestones and reviews as iCalendar feeds")
public class CalendarResource {

    private static final String ICS = "text/calendar; charset=UTF-8";

    @Inject
    CalendarFeed feed;

    @Inject
    org.pacta.security.Access access;

    @PermitAll
    @GET
    @Path("agreements/{id}.ics")
    @Operation(summary = "An agreement's deadlines, milestones and review dates")
    public Response agreement(@PathParam("id") String id, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accepted) {
        Agreement a = Agreement.findById(QueryParams.pathId(id, "Agreement"));
        if (a == null || !access.canSee(a.isPublic)) {
            throw Refusal.notFound("Agreement", id);
        }
        String language = language(lang, accepted, a.parties.isEmpty() ? null : a.parties.get(0).language);
        return ics(feed.render(feed.forAgreement(a, List.of(), language), access.showsOwners()), "agreement-" + a.id);
    }

    @PermitAll
    @GET
    @Path("parties/{code}.ics")
    @Operation(summary = "What a party is responsible for, and the reviews of its agreements")
    public Response party(@PathParam("code") String code, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accepted) {
        Party p = Party.byCode(code).orElseThrow(() -> Refusal.notFound("Party", code));
        String language = language(lang, accepted, p.language);
        return ics(feed.render(feed.forParty(p, access.publicOnly(), language), access.showsOwners()), "party-" + p.code);
    }

    /**
     * The language of a feed that belongs to no subscription: {@code ?lang=} (the pages' links carry their reader's),
     * else the one the request accepts, else the party's own, else English.
     */
    private static String language(String lang, String accepted, String partyLanguage) {
        if (lang != null) {
            return Languages.of(lang).orElseThrow(() -> Refusal.invalidField("lang", r -> r.unknown_language(lang)));
        }
        if (accepted != null && !accepted.isBlank()) {
            return Languages.accepted(accepted);
        }
        return Languages.orEnglish(partyLanguage);
    }

    @PermitAll
    @GET
    @Path("{token}.ics")
    @Operation(summary = "A subscription's feed, with alarms at its lead times",
            description = "The address is the subscription's calendarUrl; the token in it is the only key. A switched-off"
                    + " subscription's feed answers 410 Gone; POST /api/subscriptions/{id}/calendar-token replaces the"
                    + " address, and the old one answers 404 at once.")
    public Response subscription(@PathParam("token") String token) {
        Subscription s = token.length() > 64 ? null : Subscription.find("calendarToken", token).firstResult();
        if (s == null) {
            throw Refusal.notFound("Calendar feed", "for this address");
        }
        if (!s.active) {
            throw Refusal.gone(org.pacta.platform.Refusals::calendar_feed_off);
        }
        return ics(feed.render(feed.forSubscription(s), true), "pacta");
    }

    private static Response ics(String body, String name) {
        return Response.ok(body, ICS).header("Content-Disposition", "inline; filename=\"" + name + ".ics\"").build();
    }
}
