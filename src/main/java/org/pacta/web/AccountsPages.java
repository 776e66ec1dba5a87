package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.pacta.agreement.PartyService;
import org.pacta.platform.Refusal;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.platform.TimeRules;
import org.pacta.security.CurrentUser;
import org.pacta.security.Tokens;
import org.pacta.security.UserInput;
import org.pacta.security.UserService;
import org.pacta.security.TokenInput;
import org.pacta.security.UserView;

/** Accounts for administrators; one's own account (language, time zone, API tokens) for everyone. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountsPages {

    @Inject
    PartyService partyService;

    @Inject
    UserService users;

    @Inject
    Tokens tokens;

    @Inject
    CurrentUser current;

    @Inject
    Clock clock;

    @Inject
    Pages pages;

    @Inject
    Validator validator;

    @Inject
    @Location("pages/accounts.html")
    Template accounts;

    @Inject
    @Location("pages/account.html")
    Template account;

    /** A token as listed on the account page. */
    public record TokenRow(long id, String name, Instant createdAt, Instant expiresAt) {
    }

    @GET
    @Path("accounts")
    @RolesAllowed("admin")
    public TemplateInstance showAccounts(@QueryParam("page") Integer page) {
        return renderAccounts(FormData.empty().set("role", "monitor"), FormErrors.none(), page);
    }

    @POST
    @Path("accounts")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createAccount(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        UserInput in = new UserInput(f.text("email"), f.text("name"), f.text("password"), f.text("role"), f.all("parties"), null);
        FormErrors errors = FormErrors.of(validator.validate(in), pages.refusals());
        if (!errors.any()) {
            try {
                users.create(in);
                return Response.seeOther(URI.create("/accounts")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(renderAccounts(f.set("password", null), errors, null)).build();
    }

    @POST
    @Path("accounts/{id}/sign-out-everywhere")
    @RolesAllowed("admin")
    public Response signOutEverywhere(@PathParam("id") String id) {
        users.signOutEverywhere(QueryParams.pathId(id, "User"));
        return Response.seeOther(URI.create("/accounts")).build();
    }

    @POST
    @Path("accounts/{id}/delete")
    @RolesAllowed("admin")
    public Response deleteAccount(@PathParam("id") String id) {
        users.delete(QueryParams.pathId(id, "User"), null);
        return Response.seeOther(URI.create("/accounts")).build();
    }

    /** A hundred accounts a page: each row carries two forms, and the page stays small with thousands of accounts. */
    private TemplateInstance renderAccounts(FormData f, FormErrors errors, Integer page) {
        PageResult<UserView> shown = users.views(PageRequest.of(page, ACCOUNTS_PER_PAGE));
        return pages.render(accounts.data("users", shown.items()).data("pager", AgreementPages.Pager.of(shown, "/accounts"))
                .data("form", f).data("errors", errors).data("parties", partyService.views()));
    }

    private static final int ACCOUNTS_PER_PAGE = 100;

    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance showAccount() {
        UserService.Mine mine = users.mine();
        return renderAccount(FormData.empty().set("timeZone", mine.timeZone()).set("calendar", mine.calendar()), FormErrors.none(),
                null);
    }

    @POST
    @Path("account/zone")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setZone(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        String zone = f.text("timeZone");
        if (zone == null || TimeRules.zone(zone).isEmpty()) {
            String typed = zone == null ? "" : zone;
            return Response.status(422).entity(renderAccount(f, FormErrors.field("timeZone", r -> r.unknown_zone(typed, "Europe/Minsk"),
                    pages.refusals()), null)).build();
        }
        users.setMyZone(ZoneId.of(zone));
        return Response.seeOther(URI.create("/account")).build();
    }

    /** The calendar pages show dates in: empty for the language's own, "persian" or "gregorian". */
    @POST
    @Path("account/calendar")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setCalendar(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        String calendar = f.text("calendar");
        if (calendar != null && !UserService.CALENDARS.contains(calendar)) {
            return Response.status(422).entity(renderAccount(f.set("timeZone", users.mine().timeZone()),
                    FormErrors.field("calendar", r -> r.not_one_of(calendar, UserService.CALENDARS.toString()), pages.refusals()),
                    null)).build();
        }
        users.setMyCalendar(calendar);
        return Response.seeOther(URI.create("/account")).build();
    }

    @POST
    @Path("account/tokens")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        java.time.LocalDate until = f.date("expiresOn");
        FormErrors errors = f.unreadable(pages.refusals());
        if (!errors.any()) {
            // The expiry's own refusal (missing, past, over a year) comes from the service, in its words.
            errors = FormErrors.of(validator.validateProperty(new TokenInput(f.text("tokenName"), null), "name"),
                    pages.refusals()).renamed("name", "tokenName");
            if (!errors.any()) {
                try {
                    Tokens.Created created = tokens.create(f.text("tokenName"),
                            until == null ? null : until.plusDays(1).atStartOfDay(current.zone()).toInstant());
                    return Response.ok(renderAccount(FormData.empty().set("timeZone", current.zone().getId())
                            .set("calendar", current.calendar()), FormErrors.none(),
                            created.secret())).build();
                } catch (Refusal e) {
                    errors = FormErrors.of(e, pages.refusals());
                }
            }
        }
        return Response.status(422).entity(renderAccount(f, errors, null)).build();
    }

    @POST
    @Path("account/tokens/{id}/revoke")
    @Authenticated
    public Response revokeToken(@PathParam("id") String id) {
        tokens.revoke(QueryParams.pathId(id, "Token"));
        return Response.seeOther(URI.create("/account")).build();
    }

    private TemplateInstance renderAccount(FormData f, FormErrors errors, String newToken) {
        UserService.Mine me = users.mine();
        if (f.value("calendar").isEmpty()) {
            f.set("calendar", me.calendar());
        }
        List<TokenRow> rows = tokens.myViews().stream().map(t -> new TokenRow(t.id(), t.name(), t.createdAt(), t.expiresAt()))
                .toList();
        return pages.render(account.data("me", me.view()).data("zone", me.timeZone()).data("tokens", rows)
                .data("form", f).data("errors", errors).data("newToken", newToken));
    }
}
