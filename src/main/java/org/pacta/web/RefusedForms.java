package org.pacta.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pacta.platform.Problem;

/**
 * The CSRF filter refuses a page's form with a bare 400: no body, so the browser showed an empty page (and htmx
 * swapped one in). That happens to people, not only to forgers: every page view issues a new token, so a form
 * left open while another Pacta tab was used comes back refused. They get a page that says what to do instead.
 */
public class RefusedForms {

    @Inject
    ErrorPages errorPages;

    @Inject
    Page page;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() != 400 || response.hasEntity() || !"POST".equals(request.getMethod())
                || path.startsWith("/api/") || path.startsWith("/q/") || !isForm(request.getMediaType())) {
            return;
        }
        Problem expired = new Problem("urn:pacta:problem:form-expired", "Bad Request", 400, Messages.of(page).form_expired(),
                path, null, null);
        response.setEntity(errorPages.render(expired).getEntity(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
