package org.pacta.web;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

/**
 * Whether a text a person gave as evidence may be shown as a link: only http(s) addresses. A milestone's evidence is
 * free text ("Protocol 12", or a link), and anything else in an {@code href} would be a broken or hostile link.
 */
public final class WebLinks {

    private WebLinks() {
    }

    @TemplateExtension
    static boolean webLink(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("https://") || t.startsWith("http://");
    }
}
