package org.pacta.platform;

import jakarta.ws.rs.core.Response;

/** Renders a problem as a page for people using the web UI (everything outside /api and /q). */
public interface HtmlErrors {

    Response render(Problem problem);

    /** Sends a reader who must sign in to the login page, to come back to this page afterwards. */
    Response signInFirst();
}
