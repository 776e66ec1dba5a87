package org.pacta.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Gives every page its context and renders it in the reader's language. */
@ApplicationScoped
public class Pages {

    @Inject
    Page page;

    public TemplateInstance render(TemplateInstance template) {
        return template.data("page", page).data("user", page.user()).setLocale(page.locale());
    }
}
