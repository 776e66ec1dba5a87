package org.pacta.security;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User")
public record UserView(long id, String email, String name, String role, List<String> parties, boolean mustChangePassword,
        long version, Instant createdAt, Instant updatedAt) {

    /** {@code partyCodes} from {@link UserService#view}, which looks them up. */
    public static UserView of(User u, List<String> partyCodes) {
        return new UserView(u.id, u.email, u.name, u.role, partyCodes, u.mustChangePassword, u.version, u.createdAt,
                u.updatedAt);
    }
}
