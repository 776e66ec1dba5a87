package org.pacta.agreement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/parties/{code}/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parties")
public class HolidayResource {

    /** The days a request added (days the party already had are not added twice). */
    public record Added(int added, List<HolidayView> holidays) {

        static Added of(List<PartyHoliday> days) {
            return new Added(days.size(), days.stream().map(HolidayView::of).toList());
        }
    }

    @Inject
    HolidayService holidays;

    @PermitAll
    @GET
    @Operation(summary = "A party's holidays", description = "Yearly Gregorian, yearly Solar Hijri and dated days off.")
    public List<HolidayView> list(@PathParam("code") String code) {
        return holidays.views(code);
    }

    @RolesAllowed("admin")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a holiday", description = "{ date } once, or { every, through?, calendar? } every year.")
    public Response add(@PathParam("code") String code, @NotNull(message = "send a JSON body") @Valid HolidayInput in) {
        return Response.status(Response.Status.CREATED).entity(Added.of(holidays.add(code, in))).build();
    }

    @RolesAllowed("admin")
    @POST
    @Consumes("text/calendar")
    @Operation(summary = "Import holidays from an iCalendar file", description = "Each all-day VEVENT is a day off; one"
            + " repeating yearly (RRULE FREQ=YEARLY) a yearly date. All or nothing.")
    public Response importIcs(@PathParam("code") String code, String ics) {
        return Response.status(Response.Status.CREATED).entity(Added.of(holidays.importIcs(code, ics))).build();
    }
}
