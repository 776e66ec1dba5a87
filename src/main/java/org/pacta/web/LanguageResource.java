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
        NewCookie cookie = new NewCookie.Builder(Page.LANGUAGE_COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(back(back)).cookie(cookie).build();
    }

    /** Only a path on this site (never an open redirect), and one that is an address at all; else the dashboard. */
    static URI back(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return URI.create("/");
        }
        try {
            URI target = new URI(back);
            return target.getScheme() == null && target.getRawAuthority() == null ? target : URI.create("/");
        } catch (java.net.URISyntaxException e) {
            return URI.create("/");
        }
    }
}
