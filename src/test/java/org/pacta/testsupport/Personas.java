package org.pacta.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people of the design's test tier 2: officials of a party, monitors and the administrator, each a fresh
 * account (created by the administrator over the API) so that tests never share or depend on one another's users.
 */
public final class Personas {

    private Personas() {
    }

    /** An account: who it is, how it signs in, and its id. */
    public record Persona(long id, String email, String password, String name) {

        /** A page session signed in as this person. */
        public PageSession session() {
            return PageSession.signedIn(email, password);
        }
    }

    public static Persona admin() {
        return new Persona(0, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD, "Administrator");
    }

    public static Persona official(String... partyCodes) {
        return create("official", "Official " + shortId(), List.of(partyCodes));
    }

    public static Persona monitor() {
        return create("monitor", "Monitor " + shortId(), List.of());
    }

    /** An account with the given display name (which may be any text a person could type). */
    public static Persona create(String role, String name, List<String> partyCodes) {
        String email = role + "-" + shortId() + "@pacta.test";
        // Long and random enough for the password policy (length and the common-password list).
        String password = "Quiet-Orchard-" + UUID.randomUUID();
        long id = Api.json().body(Map.of("email", email, "name", name, "password", password, "role", role,
                "parties", partyCodes)).post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Persona(id, email, password, name);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
