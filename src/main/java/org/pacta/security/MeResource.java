package org.pacta.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pacta.platform.QueryParams;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "My account", description = "The signed-in user, their password and API tokens")
public class MeResource {

    @Inject
    UserService users;

    @Inject
    Tokens tokens;

    @Schema(name = "PasswordChange")
    public record PasswordChange(@NotNull @Size(max = 1000) String currentPassword, @NotNull @Size(max = 1000) String newPassword) {
    }

    @GET
    @Operation(summary = "Who I am")
    public UserView me() {
        return users.view(users.me());
    }

    @POST
    @Path("password")
    @Operation(summary = "Change my password", description = "My other sessions and tokens end; this one goes on.")
    public Response changePassword(@NotNull(message = "send a JSON body") @Valid PasswordChange in) {
        users.changeMyPassword(in.currentPassword(), in.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My API tokens (never their secret)")
    public List<TokenView> tokens() {
        return tokens.myViews();
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create an API token", description = "The token is in this answer only; use it as"
            + " Authorization: Bearer <token>.")
    public Response createToken(@NotNull(message = "send a JSON body") @Valid TokenInput in) {
        Tokens.Created created = tokens.create(in.name(), in.expiresAt());
        return Response.created(URI.create("/api/me/tokens/" + created.token().id)).entity(TokenView.created(created)).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke an API token, at once")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(QueryParams.pathId(id, "Token"));
        return Response.noContent().build();
    }
}
