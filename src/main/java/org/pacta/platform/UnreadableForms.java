package org.pacta.platform;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A form body the framework could not read: bad percent-encoding, more fields than it takes, a field longer than
 * it takes, a multipart body without its boundary or its end, a sign-in that is not a form. The framework reports
 * these as plain IllegalArgumentException, IllegalStateException, IOException or a bare 413, indistinguishable by
 * type from our own bugs; what tells them apart is where they were thrown: in the form parser or the form sign-in.
 */
final class UnreadableForms {

    private static final String PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String FORM_BODY = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";
    private static final String FORM_SIGN_IN = "io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism";

    private UnreadableForms() {
    }

    /** The refusal for a form that could not be read, or null when the failure did not come from reading one. */
    static Refusal of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String where = origin(t);
            if (where == null) {
                continue;
            }
            if (where.equals(FORM_SIGN_IN)) {
                return new Refusal(Refusal.Reason.FORM_ONLY, Refusals::sign_in_form_only);
            }
            String message = String.valueOf(t.getMessage());
            if (message.startsWith("Param limit of")) {
                int max = limit("quarkus.http.limits.max-parameters", 1000);
                return new Refusal(Refusal.Reason.FORM_TOO_LARGE, r -> r.form_too_many_fields(max));
            }
            if (t instanceof jakarta.ws.rs.WebApplicationException web && web.getResponse().getStatus() == 413) {
                int max = limit("quarkus.http.limits.max-form-attribute-size", 2048);
                return new Refusal(Refusal.Reason.FORM_TOO_LARGE, r -> r.form_field_too_long(max));
            }
            if (message.startsWith("Failed to decode")) {
                return Refusal.badRequest(Refusals::form_bad_encoding);
            }
            return Refusal.badRequest(Refusals::form_unreadable);
        }
        return null;
    }

    /** The form reader or sign-in frame that threw, if one did. */
    private static String origin(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith(PARSER) || c.equals(FORM_BODY)) {
                return FORM_BODY;
            }
            if (c.equals(FORM_SIGN_IN)) {
                return FORM_SIGN_IN;
            }
        }
        return null;
    }

    private static int limit(String property, int fallback) {
        return ConfigProvider.getConfig().getOptionalValue(property, io.quarkus.runtime.configuration.MemorySize.class)
                .map(size -> (int) size.asLongValue()).orElse(fallback);
    }
}
