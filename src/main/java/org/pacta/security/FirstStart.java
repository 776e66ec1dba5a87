package org.pacta.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pacta.platform.PactaConfig;

/**
 * A database without accounts gets an administrator: from {@code pacta.admin.email} / {@code pacta.admin.password},
 * or with a one-time password printed once in the log, to be changed at the first sign-in.
 */
@ApplicationScoped
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class);

    /** The demo accounts the dev run adds (README lists them). */
    public static final String DEMO_PASSWORD = "pacta-demo-password";

    @Inject
    PactaConfig config;

    @Inject
    UserService users;

    @Inject
    PartyDirectory parties;

    @Inject
    FirstAdminPassword password;

    @Inject
    Audit audit;

    void onStart(@Observes @Priority(3000) StartupEvent event) {
        Runnable announce = QuarkusTransaction.requiringNew().call(() -> CurrentUser.asSystem(() -> {
            // Nodes started together on an empty database take turns here: the first creates the administrator,
            // the others wait for its commit and then find the account.
            User.getEntityManager().createNativeQuery("select name from start_lock where name = 'first-start' for update")
                    .getResultList();
            return User.count() == 0 ? createAdmin() : null;
        }));
        if (announce != null) {
            announce.run();
        }
    }

    /** Creates the administrator and returns what to log once its transaction has committed. */
    private Runnable createAdmin() {
        String email = config.admin().email();
        FirstAdminPassword.Prepared p = password.take();
        if (!p.oneTime()) {
            var problem = PasswordPolicy.problem(p.password());
            if (problem.isPresent()) {
                throw new IllegalStateException("pacta.admin.password " + problem.get().english());
            }
            created(users.newUserHashed(email, "Administrator", p.hash().join(), User.Role.ADMIN, Set.of(), false));
            return () -> LOG.infof("First start: administrator %s created from configuration", email);
        }
        created(users.newUserHashed(email, "Administrator", p.hash().join(), User.Role.ADMIN, Set.of(), true));
        return () -> LOG.warnf("First start: administrator %s created with the one-time password %s (shown only now; it"
                + " must be changed at the first sign-in)", email, p.password());
    }

    /** Demo accounts: an administrator, an official for each demo party, a monitor; in one transaction. */
    public void createDemoUsers() {
        QuarkusTransaction.requiringNew().run(() -> CurrentUser.asSystem(() -> {
            if (User.count() > 0) {
                return null;
            }
            created(users.newUser("admin@pacta.local", "Demo Administrator", DEMO_PASSWORD, User.Role.ADMIN, Set.of(), false));
            for (PartyDirectory.Listed p : parties.all()) {
                String email = "official." + p.code().toLowerCase(java.util.Locale.ROOT) + "@pacta.local";
                User official = users.newUser(email, "Official of " + p.name(), DEMO_PASSWORD, User.Role.OFFICIAL,
                        Set.of(p.id()), false);
                official.timeZone = p.timeZone();
                created(official);
            }
            created(users.newUser("monitor@pacta.local", "Demo Monitor", DEMO_PASSWORD, User.Role.MONITOR, Set.of(), false));
            LOG.infof("Demo accounts created (password \"%s\"): admin@pacta.local, official.<party>@pacta.local,"
                    + " monitor@pacta.local", DEMO_PASSWORD);
            return null;
        }));
    }

    /** Accounts Pacta makes itself are in the audit trail like those an administrator makes, by "pacta". */
    private void created(User u) {
        audit.record(Audit.CREATE, "USER", u.id, null, null, users.view(u));
    }
}
