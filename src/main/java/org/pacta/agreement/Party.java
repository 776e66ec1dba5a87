package org.pacta.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.pacta.security.ResponsibleParty;

/**
 * A signatory or participant (a government, ministry, organisation). Known to the API by its short code.
 * Its time zone decides when a date-only deadline it is responsible for falls due. A party in use by an
 * agreement or commitment cannot be deleted.
 */
@Entity
@Table(name = "party")
public class Party extends PanacheEntityBase implements ResponsibleParty {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
    @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
    public Long id;

    @Version
    public long version;

    @Column(nullable = false, unique = true, length = 16)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    /** "en", "ru" or "fa": the default language of subscriptions to what it is responsible for; null when unsaid. */
    @Column(length = 8)
    public String language;

    // A working week left null keeps the default of WorkCalendar.DEFAULT.
    /** Full working days, comma-separated names (MONDAY,TUESDAY). */
    @Column(name = "working_days", length = 80)
    public String workingDays;

    @Column(name = "short_day", length = 12)
    public String shortDay;

    @Column(name = "short_until")
    public java.time.LocalTime shortUntil;

    @Column(name = "working_morning")
    public java.time.LocalTime workingMorning;

    protected Party() {
    }

    public Party(String code, String name, ZoneId zone) {
        this.code = code;
        this.name = name;
        this.timeZone = zone.getId();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The working week, without holidays (see PartyHoliday). */
    public WorkCalendar workingWeek() {
        java.util.Set<java.time.DayOfWeek> days = workingDays == null || workingDays.isBlank() ? null
                : java.util.Arrays.stream(workingDays.split(",")).map(java.time.DayOfWeek::valueOf)
                        .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(java.time.DayOfWeek.class)));
        return new WorkCalendar(days, shortDay == null ? null : java.time.DayOfWeek.valueOf(shortDay), shortUntil,
                workingMorning, java.util.Map.of(), java.util.Map.of(), java.util.Map.of());
    }

    @Override
    public Long partyId() {
        return id;
    }

    @Override
    public String partyCode() {
        return code;
    }

    /** In the parties' order; a party not yet saved has none (null). */
    public static List<Long> ids(Collection<Party> parties) {
        return parties.stream().map(p -> p.id).toList();
    }

    public static Optional<Party> byCode(String code) {
        return code == null ? Optional.empty() : find("code", code.toUpperCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
