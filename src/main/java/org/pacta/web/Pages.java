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

    @Inject
    jakarta.validation.Validator validator;

    public TemplateInstance render(TemplateInstance template) {
        return template.data("page", page).data("user", page.user()).setLocale(page.locale());
    }

    /**
     * What is wrong with a form: first what cannot be read (a date that is not a date), then, once every field
     * reads, the rules the API holds the same input to. A page that skipped the second let through what the API
     * refuses (control characters, text longer than its column, which then failed in the database).
     */
    public FormErrors check(FormData f, Object input) {
        FormErrors unreadable = f.unreadable(refusals());
        return unreadable.any() ? unreadable : FormErrors.of(validator.validate(input), refusals());
    }

    /** The words of refusals (form errors, error pages) for this reader. */
    public Refusals refusals() {
        return Messages.refusals(page);
    }
}
