package org.pacta.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day a party does not work: every year on a Gregorian or Solar Hijri day, or once on a date. */
@Entity
@Table(name = "party_holiday")
public class PartyHoliday extends PanacheEntityBase {

    public enum Kind { YEARLY, YEARLY_SOLAR_HIJRI, DATED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_holiday_seq")
    @SequenceGenerator(name = "party_holiday_seq", sequenceName = "party_holiday_seq", allocationSize = 50)
    public Long id;

    @Column(name = "party_id", nullable = false)
    public Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Kind kind;

    @Column(name = "month_of")
    public Integer month;

    @Column(name = "day_of")
    public Integer day;

    @Column(name = "on_date")
    public LocalDate onDate;

    @Column(nullable = false, length = 200)
    public String name;

    protected PartyHoliday() {
    }

    public PartyHoliday(Long partyId, Kind kind, Integer month, Integer day, LocalDate onDate, String name) {
        this.partyId = partyId;
        this.kind = kind;
        this.month = month;
        this.day = day;
        this.onDate = onDate;
        this.name = name;
    }

    /** The same day off, whatever its name. */
    boolean sameDay(PartyHoliday o) {
        return kind == o.kind && java.util.Objects.equals(month, o.month) && java.util.Objects.equals(day, o.day)
                && java.util.Objects.equals(onDate, o.onDate);
    }
}
