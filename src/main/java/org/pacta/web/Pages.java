package org.pacta.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pacta.platform.Refusals;

/** Gives every page its context and renders it in the reader's language. */
@ApplicationScoped
public class Pages {

    @Inject
    Page page;

    public TemplateInstance render(TemplateInstance template) {
        return template.data("page", page).data("user", page.user()).setLocale(page.locale());
    }

    /** The words of refusals (form errors, error pages) for this reader. */
    public Refusals refusals() {
        return Messages.refusals(page);
    }
}
