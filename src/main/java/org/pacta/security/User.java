package org.pacta.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person who signs in with their email and password ({@link PasswordIdentityProvider}). An admin
 * manages accounts and everything; an official acts for the parties listed here; a monitor reads and subscribes.
 * A first admin created with a generated password must change it before doing anything else.
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    public enum Role {
        ADMIN, OFFICIAL, MONITOR;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(nullable = false, unique = true, length = 320)
    public String email;

    @Column(nullable = false, length = 200)
    public String name;

    /** See {@link Passwords}: the current scheme with its prefix, or a bcrypt hash from before it. */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    /** "admin", "official" or "monitor": the role Quarkus security sees. */
    @Column(nullable = false, length = 16)
    public String role;

    /** The parties an official acts for, by id: parties are above security ({@link PartyDirectory} names them). */
    @ElementCollection
    @CollectionTable(name = "app_user_party", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "party_id")
    public Set<Long> partyIds = new HashSet<>();

    /** The zone the person reads times in. */
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone = "UTC";

    /** "en", "ru" or "fa"; null means the browser's preference. */
    @Column(length = 8)
    public String language;

    /** "persian" or "gregorian"; null means the language's own (Solar Hijri for Persian, else Gregorian). */
    @Column(length = 16)
    public String calendar;

    @Column(name = "must_change_password", nullable = false)
    public boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Role roleEnum() {
        return Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
    }

    public static User byEmail(String email) {
        return email == null ? null : find("email", email.strip().toLowerCase(java.util.Locale.ROOT)).firstResult();
    }
}
