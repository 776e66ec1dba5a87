package org.pacta.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pacta.platform.Refusal;
import org.pacta.platform.ExpectedVersion;
import org.pacta.platform.PageRequest;
import org.pacta.platform.PageResult;
import org.pacta.platform.Refusals;
import org.pacta.platform.Violations;

/** Accounts. Passwords are hashed only when set ({@link Passwords}); checking them is a sign-in's job. */
@ApplicationScoped
@Transactional
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    @Inject
    Clock clock;

    @Inject
    Access access;

    @Inject
    CurrentUser current;

    @Inject
    Audit audit;

    @Inject
    Sessions sessions;

    @Inject
    Tokens tokens;

    @Inject
    PartyDirectory partyDirectory;

    @Inject
    jakarta.enterprise.event.Event<UserDeleting> deleting;

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<User> list(PageRequest page) {
        access.requireAdmin();
        var q = User.find("order by email");
        return PageResult.of(q.page(page.page(), page.size()).list(), page, q.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(long id) {
        access.requireAdmin();
        return find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User me() {
        access.requireSignedIn();
        return find(current.userId());
    }

    /** The reader's own account as {@link #view} shows it, with their time zone (null until they chose one). */
    public record Mine(UserView view, String timeZone, String calendar) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Mine mine() {
        User me = me();
        return new Mine(view(me), me.timeZone, me.calendar);
    }

    /** A page of accounts (admins only), each as {@link #view} shows it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<UserView> views(PageRequest page) {
        return list(page).map(this::view);
    }

    public User create(UserInput in) {
        access.requireAdmin();
        Violations v = Violations.forFields();
        User.Role role = role(in.role(), v);
        Set<Long> parties = parties(in.parties(), role, v);
        PasswordPolicy.problem(in.password()).ifPresent(p -> v.add("password", p));
        String email = in.email().strip().toLowerCase(Locale.ROOT);
        v.throwIfAny();
        if (User.byEmail(email) != null) {
            throw Refusal.conflict(r -> r.account_exists(email));
        }
        User u = newUser(email, in.name().strip(), in.password(), role, parties, false);
        audit.record(Audit.CREATE, "USER", u.id, null, null, view(u));
        LOG.infof("Account %s created (%s) by %s", u.email, u.role, current.actor());
        return u;
    }

    /** Used by the first start and the demo: no permission check, the caller is Pacta itself. */
    User newUser(String email, String name, String password, User.Role role, Set<Long> parties, boolean mustChange) {
        return newUserHashed(email, name, Passwords.hash(password), role, parties, mustChange);
    }

    /** The same, with the password already hashed ({@link Passwords#hash}). */
    User newUserHashed(String email, String name, String passwordHash, User.Role role, Set<Long> parties,
            boolean mustChange) {
        Instant now = clock.instant();
        User u = new User();
        u.email = email.toLowerCase(Locale.ROOT);
        u.name = name;
        u.passwordHash = passwordHash;
        u.role = role.id();
        u.partyIds.addAll(parties);
        u.mustChangePassword = mustChange;
        u.createdAt = now;
        u.updatedAt = now;
        u.persist();
        return u;
    }

    public User update(long id, UserInput in, ExpectedVersion expected) {
        access.requireAdmin();
        User u = find(id);
        Violations v = Violations.forFields();
        User.Role role = role(in.role(), v);
        Set<Long> parties = parties(in.parties(), role, v);
        boolean newPassword = in.password() != null && !in.password().isEmpty();
        if (newPassword) {
            PasswordPolicy.problem(in.password()).ifPresent(p -> v.add("password", p));
        }
        String email = in.email().strip().toLowerCase(Locale.ROOT);
        v.throwIfAny();
        ExpectedVersion.require(expected).check(u.version);
        User other = User.byEmail(email);
        if (other != null && !other.id.equals(u.id)) {
            throw Refusal.conflict(r -> r.account_exists(email));
        }
        if (u.roleEnum() == User.Role.ADMIN && role != User.Role.ADMIN && admins() <= 1) {
            throw Refusal.conflict(Refusals::last_admin_make_another);
        }
        UserView before = view(u);
        u.email = email;
        u.name = in.name().strip();
        u.role = role.id();
        u.partyIds.clear();
        u.partyIds.addAll(parties);
        u.updatedAt = clock.instant();
        if (newPassword) {
            // A password an admin sets is a one-time password: the user picks their own at the next sign-in.
            u.passwordHash = Passwords.hash(in.password());
            u.mustChangePassword = true;
            signOutEverywhere(u, null, null);
        }
        audit.record(Audit.UPDATE, "USER", u.id, null, before, view(u));
        LOG.infof("Account %s updated (%s) by %s", u.email, u.role, current.actor());
        return u;
    }

    public void delete(long id, ExpectedVersion expected) {
        access.requireAdmin();
        User u = find(id);
        ExpectedVersion.check(expected, u.version);
        if (u.id.equals(current.userId())) {
            throw Refusal.conflict(Refusals::not_own_account);
        }
        if (u.roleEnum() == User.Role.ADMIN && admins() <= 1) {
            throw Refusal.conflict(Refusals::last_admin);
        }
        UserView before = view(u);
        deleting.fire(new UserDeleting(u.id));
        LoginSession.delete("userId", u.id);
        ApiToken.delete("userId", u.id);
        u.delete();
        audit.record(Audit.DELETE, "USER", id, null, before, null);
        LOG.infof("Account %s deleted by %s", before.email(), current.actor());
    }

    /** The signed-in user changes their own password: their other sessions and tokens end. */
    public void changeMyPassword(String currentPassword, String newPassword) {
        access.requireSignedIn();
        User u = find(current.userId());
        Violations v = Violations.forFields();
        if (!Passwords.matches(currentPassword, u.passwordHash)) {
            v.add("currentPassword", Refusals::wrong_password);
        }
        PasswordPolicy.problem(newPassword).ifPresent(p -> v.add("newPassword", p));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            v.add("newPassword", Refusals::password_same);
        }
        v.throwIfAny();
        u.passwordHash = Passwords.hash(newPassword);
        u.mustChangePassword = false;
        u.updatedAt = clock.instant();
        int ended = signOutEverywhere(u, current.sessionId(), current.tokenId());
        audit.record(Audit.UPDATE, "USER", u.id, null, null, java.util.Map.of("password", "changed"));
        LOG.infof("%s changed their password; %d other session(s) and token(s) ended", u.email, ended);
    }

    /** The signed-in user's own time zone, in which pages show times. */
    public void setMyZone(java.time.ZoneId zone) {
        access.requireSignedIn();
        User u = find(current.userId());
        String before = u.timeZone;
        if (!zone.getId().equals(before)) {
            u.timeZone = zone.getId();
            u.updatedAt = clock.instant();
            audit.record(Audit.UPDATE, "USER", u.id, null, preference("timeZone", before), preference("timeZone", u.timeZone));
        }
    }

    /** The signed-in user's own language for pages (en, ru, fa). */
    public void setMyLanguage(String language) {
        access.requireSignedIn();
        User u = find(current.userId());
        String before = u.language;
        if (!language.equals(before)) {
            u.language = language;
            audit.record(Audit.UPDATE, "USER", u.id, null, preference("language", before), preference("language", language));
        }
    }

    public static final java.util.List<String> CALENDARS = java.util.List.of("persian", "gregorian");

    /** The signed-in user's own calendar for pages: "persian", "gregorian", or null for their language's own. */
    public void setMyCalendar(String calendar) {
        access.requireSignedIn();
        if (calendar != null && !CALENDARS.contains(calendar)) {
            throw new IllegalArgumentException("No calendar " + calendar);
        }
        User u = find(current.userId());
        String before = u.calendar;
        if (!java.util.Objects.equals(calendar, before)) {
            u.calendar = calendar;
            u.updatedAt = clock.instant();
            audit.record(Audit.UPDATE, "USER", u.id, null, preference("calendar", before), preference("calendar", calendar));
        }
    }

    private static java.util.Map<String, Object> preference(String name, String value) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put(name, value);
        return m;
    }

    /** An admin ends every session and token of a user. */
    public int signOutEverywhere(long id) {
        access.requireAdmin();
        User u = find(id);
        int ended = signOutEverywhere(u, null, null);
        audit.record(Audit.UPDATE, "USER", u.id, null, null, java.util.Map.of("signedOutEverywhere", ended));
        LOG.infof("All sessions and tokens of %s ended by %s (%d)", u.email, current.actor(), ended);
        return ended;
    }

    private int signOutEverywhere(User u, String keepSession, Long keepToken) {
        return sessions.endAll(u.id, keepSession) + tokens.revokeAll(u.id, keepToken);
    }

    private static long admins() {
        return User.count("role", User.Role.ADMIN.id());
    }

    private static User find(Long id) {
        User u = id == null ? null : User.findById(id);
        if (u == null) {
            throw Refusal.notFound("User", id);
        }
        return u;
    }

    private static User.Role role(String role, Violations v) {
        try {
            return User.Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            v.add("role", Refusals::role_choice);
            return null;
        }
    }

    /** The account as the API shows it, with its parties' codes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView view(User u) {
        return UserView.of(u, partyDirectory.codesOf(u.partyIds));
    }

    private Set<Long> parties(List<String> codes, User.Role role, Violations v) {
        Set<Long> out = new HashSet<>();
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                int at = i;
                partyDirectory.idOf(codes.get(i)).ifPresentOrElse(out::add,
                        () -> v.add("parties[" + at + "]", r -> r.no_party(codes.get(at))));
            }
        }
        if (role == User.Role.OFFICIAL && out.isEmpty() && (codes == null || codes.isEmpty())) {
            v.add("parties", Refusals::official_needs_party);
        }
        if (role != null && role != User.Role.OFFICIAL && codes != null && !codes.isEmpty()) {
            v.add("parties", Refusals::only_officials_parties);
        }
        return out;
    }
}
