package org.pacta.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pacta.agreement.HolidayInput;
import org.pacta.agreement.HolidayService;
import org.pacta.agreement.HolidayView;
import org.pacta.agreement.PartyInput;
import org.pacta.agreement.PartyService;
import org.pacta.agreement.PartyView;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.Refusal;

/**
 * Parties, for administrators: the list and a form to add one, and each party's page, where its language, working week
 * and holidays are kept (what its morning reminders wait for).
 */
@Path("/parties")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class PartyPages {

    /** The week as a form offers it, Monday first. */
    static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    @Inject
    PartyService parties;

    @Inject
    HolidayService holidays;

    @Inject
    Pages pages;

    @Inject
    Page page;

    @Inject
    Validator validator;

    @Inject
    @Location("pages/parties.html")
    Template template;

    @Inject
    @Location("pages/party.html")
    Template partyTemplate;

    /** A party as its row reads: its working week in the reader's words. */
    public record Row(PartyView party, String week) {
    }

    /** A day of the week, for a checkbox or an option: its name and its label in the reader's language. */
    public record Day(String name, String label) {
    }

    @GET
    public TemplateInstance show() {
        return render(FormData.empty().set("timeZone", "UTC"), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        FormData f = new FormData(body);
        PartyInput in = new PartyInput(f.text("code"), f.text("name"), f.text("timeZone"), f.text("language"), null);
        FormErrors errors = FormErrors.of(validator.validate(in), pages.refusals());
        if (!errors.any()) {
            try {
                PartyView created = PartyView.of(parties.create(in));
                return Response.seeOther(URI.create("/parties/" + created.code())).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(render(f, errors)).build();
    }

    @GET
    @Path("{code}")
    public TemplateInstance party(@PathParam("code") String code) {
        PartyView p = PartyView.of(parties.get(code));
        return renderParty(p, formOf(p), FormErrors.none(), FormData.empty(), FormErrors.none(), null);
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, MultivaluedMap<String, String> body) {
        PartyView current = PartyView.of(parties.get(code));
        FormData f = new FormData(body);
        String shortDay = f.text("shortDay");
        PartyInput in = new PartyInput(current.code(), f.text("name"), f.text("timeZone"), f.text("language"), null,
                f.all("workingDays"), shortDay == null ? null : new PartyInput.ShortDay(shortDay, f.text("shortUntil")),
                f.text("workingMorning"));
        FormErrors errors = FormErrors.of(validator.validate(in), pages.refusals());
        if (!errors.any()) {
            try {
                parties.update(current.code(), in, ExpectedVersion.optional(null, f.number("version")));
                return Response.seeOther(URI.create("/parties/" + current.code())).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(renderParty(current, f, errors, FormData.empty(), FormErrors.none(), null)).build();
    }

    @POST
    @Path("{code}/holidays")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addHoliday(@PathParam("code") String code, MultivaluedMap<String, String> body) {
        PartyView current = PartyView.of(parties.get(code));
        FormData f = new FormData(body);
        HolidayInput in = new HolidayInput(f.text("date"), f.text("every"), f.text("through"), f.text("calendar"), f.text("name"));
        FormErrors errors = FormErrors.of(validator.validate(in), pages.refusals());
        if (!errors.any()) {
            try {
                holidays.add(current.code(), in);
                return Response.seeOther(URI.create("/parties/" + current.code() + "#holidays")).build();
            } catch (Refusal e) {
                errors = FormErrors.of(e, pages.refusals());
            }
        }
        return Response.status(422).entity(renderParty(current, formOf(current), FormErrors.none(), f, errors, null)).build();
    }

    @POST
    @Path("{code}/holidays/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importHolidays(@PathParam("code") String code, @RestForm("file") FileUpload file) {
        PartyView current = PartyView.of(parties.get(code));
        FormErrors errors;
        try {
            String ics = file == null ? "" : Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            int added = holidays.importIcs(current.code(), ics).size();
            return Response.ok(renderParty(current, formOf(current), FormErrors.none(), FormData.empty(), FormErrors.none(),
                    added)).build();
        } catch (Refusal e) {
            errors = FormErrors.of(e, pages.refusals());
        } catch (IOException e) {
            errors = FormErrors.of(Refusal.badRequest(r -> r.ics_unreadable("not UTF-8 text")), pages.refusals());
        }
        return Response.status(422).entity(renderParty(current, formOf(current), FormErrors.none(), FormData.empty(), errors,
                null)).build();
    }

    @POST
    @Path("{code}/holidays/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeHoliday(@PathParam("code") String code, @PathParam("id") String id) {
        PartyView current = PartyView.of(parties.get(code));
        long holiday;
        try {
            holiday = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("holiday", id);
        }
        if (holidays.views(current.code()).stream().noneMatch(h -> h.id() == holiday)) {
            throw Refusal.notFound("holiday", id);
        }
        holidays.remove(holiday);
        return Response.seeOther(URI.create("/parties/" + current.code() + "#holidays")).build();
    }

    private TemplateInstance render(FormData f, FormErrors errors) {
        List<Row> rows = parties.views().stream().map(p -> new Row(p, week(p))).toList();
        return pages.render(template.data("parties", rows).data("form", f).data("errors", errors));
    }

    private TemplateInstance renderParty(PartyView p, FormData form, FormErrors errors, FormData holidayForm,
            FormErrors holidayErrors, Integer added) {
        List<HolidayView> days = holidays.views(p.code());
        return pages.render(partyTemplate.data("p", p).data("week", week(p)).data("days", days())
                .data("holidays", days).data("form", form).data("errors", errors).data("holidayForm", holidayForm)
                .data("holidayErrors", holidayErrors).data("added", added));
    }

    private static FormData formOf(PartyView p) {
        FormData f = FormData.empty().set("name", p.name()).set("timeZone", p.timeZone())
                .set("language", p.language() == null ? "" : p.language()).set("version", p.version())
                .set("workingMorning", p.workingMorning());
        p.workingDays().forEach(d -> f.add("workingDays", d));
        if (p.shortDay() != null) {
            f.set("shortDay", p.shortDay().day()).set("shortUntil", p.shortDay().until());
        }
        return f;
    }

    private List<Day> days() {
        return WEEK.stream().map(d -> new Day(d.name(), d.getDisplayName(TextStyle.FULL_STANDALONE, page.locale()))).toList();
    }

    /** "Saturday, Sunday, …, Thursday until 12:00, from 08:00" in the reader's words and digits. */
    private String week(PartyView p) {
        WeekMsg words = Messages.week(page);
        String days = WEEK.stream().filter(d -> p.workingDays().contains(d.name()))
                .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, page.locale())).collect(Collectors.joining(", "));
        if (p.shortDay() != null) {
            String shortDay = DayOfWeek.valueOf(p.shortDay().day()).getDisplayName(TextStyle.FULL_STANDALONE, page.locale());
            days = days + ", " + words.week_short(shortDay, page.digits(p.shortDay().until()));
        }
        return words.week_summary(days, page.digits(p.workingMorning()));
    }
}
