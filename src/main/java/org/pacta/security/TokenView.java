package org.pacta.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiToken")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(long id, String name,
        @Schema(description = "The token itself, only in the answer that creates it") String token, Instant createdAt,
        Instant expiresAt, Instant revokedAt) {

    static TokenView of(ApiToken t) {
        return new TokenView(t.id, t.name, null, t.createdAt, t.expiresAt, t.revokedAt);
    }

    static TokenView created(Tokens.Created c) {
        return new TokenView(c.token().id, c.token().name, c.secret(), c.token().createdAt, c.token().expiresAt, null);
    }
}
