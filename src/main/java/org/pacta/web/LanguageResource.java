package org.pacta.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.pacta.security.CurrentUser;
import org.pacta.security.UserService;

/** The language switch: remembered in a cookie, and on the account of someone signed in. */
@Path("/lang/{code}")
public class LanguageResource {

    @Inject
    CurrentUser user;

    @Inject
    UserService users;

    @GET
    @PermitAll
    public Response choose(@PathParam("code") String code, @QueryParam("back") String back) {
        String lang = Page.LANGUAGES.contains(code) ? code : "en";
        if (!user.isAnonymous() && user.userId() != null) {
            users.setMyLanguage(lang);
        }
        // Only a path on this site: never an open redirect.
        String target = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
        NewCookie cookie = new NewCookie.Builder(Page.LANGUAGE_COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
