package org.pacta.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Checks the email and password of a form sign-in ({@code j_security_check}) after {@link LoginThrottle} has held
 * it back, and answers an identity named by the email with the account's role; {@link SessionAugmentor} then
 * opens its session. A hash from before the current scheme ({@link Passwords}) is replaced, in the same
 * transaction, once the password has matched it.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(PasswordIdentityProvider.class);

    @jakarta.inject.Inject
    Audit audit;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** After the throttle (SYSTEM_FIRST + 1000): providers are asked from the highest priority down. */
    @Override
    public int priority() {
        return SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        PasswordCredential credential = request.getPassword();
        return context.runBlocking(() -> check(username, credential));
    }

    @ActivateRequestContext
    @Transactional
    SecurityIdentity check(String username, PasswordCredential credential) {
        String password = new String(credential.getPassword());
        // The name exactly as typed (emails are stored lower-case), as quarkus-security-jpa looked it up before.
        User user = User.find("email", username).firstResult();
        if (user == null) {
            // An unknown name costs the same bcrypt work as a wrong password, so the time tells nothing.
            Passwords.checkAgainstNobody(password);
            throw new AuthenticationFailedException();
        }
        if (!Passwords.matches(password, user.passwordHash)) {
            throw new AuthenticationFailedException();
        }
        if (Passwords.isLegacy(user.passwordHash)) {
            // A bulk update: no version bump, so an administrator's edit open on this account does not go stale;
            // and only if the hash is still the one checked, so a password changed meanwhile is not overwritten.
            int replaced = User.update("passwordHash = ?1 where id = ?2 and passwordHash = ?3", Passwords.hash(password),
                    user.id, user.passwordHash);
            if (replaced == 1) {
                audit.recordAs(user.email, user.id, Audit.UPDATE, "USER", user.id, null, null,
                        java.util.Map.of("password", "stored in the current scheme at sign-in"));
                LOG.debugf("Password hash of %s moved to the current scheme", user.email);
            }
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email))
                .addRole(user.role)
                .addCredential(credential)
                .build();
    }
}
