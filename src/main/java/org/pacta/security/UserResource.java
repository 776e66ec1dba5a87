package org.pacta.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.QueryParams;
import org.pacta.platform.Responses;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Accounts", description = "Users and their roles (administrators only)")
public class UserResource {

    @Inject
    UserService users;

    @GET
    @Operation(summary = "List accounts")
    public PageResult<UserView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return users.list(PageRequest.of(page, size)).map(users::view);
    }

    @POST
    @Operation(summary = "Create an account", description = "role: admin, official (with parties) or monitor.")
    public Response create(@NotNull(message = "send a JSON body") @Valid UserInput in) {
        User u = users.get(users.create(in).id);
        return Responses.created("/api/users/" + u.id, users.view(u), u.version);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an account")
    public Response get(@PathParam("id") String id) {
        User u = users.get(QueryParams.pathId(id, "User"));
        return Responses.ok(users.view(u), u.version);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an account", description = "A password given here is a one-time password: the user"
            + " must change it at the next sign-in, and their sessions and tokens end.")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "send a JSON body") @Valid UserInput in) {
        long userId = QueryParams.pathId(id, "User");
        users.update(userId, in, ExpectedVersion.optional(ifMatch, in.version()));
        User u = users.get(userId);
        return Responses.ok(users.view(u), u.version);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an account with its sessions, tokens and subscriptions")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        users.delete(QueryParams.pathId(id, "User"), ExpectedVersion.optional(ifMatch, null));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sign-out-everywhere")
    @Operation(summary = "End every session and token of an account")
    public Map<String, Integer> signOutEverywhere(@PathParam("id") String id) {
        return Map.of("ended", users.signOutEverywhere(QueryParams.pathId(id, "User")));
    }
}
