-- A party's working week and holidays (issue 18, part 4). Null columns mean the default: Monday to Friday, mornings
-- at 08:00, no short day.
alter table party add column working_days varchar(80);
alter table party add column short_day varchar(12);
alter table party add column short_until time;
alter table party add column working_morning time;

create sequence party_holiday_seq start with 1 increment by 50;

-- kind: YEARLY (month, day Gregorian), YEARLY_SOLAR_HIJRI (month, day Solar Hijri) or DATED (on_date).
create table party_holiday (
    id        bigint       not null primary key,
    party_id  bigint       not null references party (id) on delete cascade,
    kind      varchar(24)  not null,
    month_of  integer,
    day_of    integer,
    on_date   date,
    name      varchar(200) not null
);
create index party_holiday_party_idx on party_holiday (party_id, id);

-- Escalations repeat every so many working days of the responsible party instead of calendar days.
alter table agreement add column escalation_in_working_days boolean default false not null;
