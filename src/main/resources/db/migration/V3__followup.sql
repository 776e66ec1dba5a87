-- The follow-up engine: who is told, what is owed to them (the outbox), and when each item is next looked at.

alter table agreement add column remind_owners boolean default true not null;
alter table agreement add column review_zone varchar(64);
alter table agreement add column next_review_at timestamp(6) with time zone;
create index agreement_next_review_idx on agreement (next_review_at);

create table agreement_coordinator (
    agreement_id bigint       not null references agreement (id),
    email        varchar(320) not null,
    primary key (agreement_id, email)
);

-- Every open item keeps the moment it must next be looked at (DESIGN decision 5); closed items have none.
alter table commitment add column next_followup_at timestamp(6) with time zone;
alter table commitment add column owner_reminders boolean default true not null;
create index commitment_followup_idx on commitment (next_followup_at);
alter table milestone add column next_followup_at timestamp(6) with time zone;
create index milestone_followup_idx on milestone (next_followup_at);

create sequence subscription_seq start with 1 increment by 50;
create sequence notification_seq start with 1 increment by 50;
create sequence review_seq start with 1 increment by 50;
create sequence review_note_seq start with 1 increment by 50;

create table subscription (
    id             bigint        not null primary key,
    version        bigint        not null,
    scope_kind     varchar(16)   not null,
    commitment_id  bigint references commitment (id),
    agreement_id   bigint references agreement (id),
    party_id       bigint references party (id),
    channel        varchar(16)   not null,
    email          varchar(320),
    url            varchar(2000),
    secret         varchar(100),
    lead_times     varchar(300)  not null,
    on_due         boolean       not null,
    on_overdue     boolean       not null,
    escalate_every varchar(40),
    escalate_after integer,
    delivery       varchar(16)   not null,
    digest_at      time,
    time_zone      varchar(64)   not null,
    quiet_from     time,
    quiet_to       time,
    calendar_token varchar(64)   not null,
    active         boolean       not null,
    created_at     timestamp(6) with time zone not null,
    updated_at     timestamp(6) with time zone not null,
    constraint subscription_calendar_token_uk unique (calendar_token)
);
create index subscription_commitment_idx on subscription (commitment_id);
create index subscription_agreement_idx on subscription (agreement_id);
create index subscription_party_idx on subscription (party_id);
create index subscription_scope_idx on subscription (scope_kind, active);

create table review (
    id           bigint         not null primary key,
    agreement_id bigint         not null references agreement (id),
    occurrence   timestamp(6) with time zone not null,
    scheduled    boolean        not null,
    held_at      timestamp(6) with time zone not null,
    next_review  timestamp(6) with time zone,
    briefing     varchar(1000000) not null,
    constraint review_occurrence_uk unique (agreement_id, occurrence)
);

create table review_note (
    id         bigint        not null primary key,
    review_id  bigint        not null references review (id),
    author     varchar(200)  not null,
    written_at timestamp(6) with time zone not null,
    body       varchar(10000) not null
);
create index review_note_review_idx on review_note (review_id, written_at);

-- The outbox (DESIGN decision 6): a reminder is a row before it is a message.
create table notification (
    id              bigint        not null primary key,
    idempotency_key varchar(700)  not null,
    kind            varchar(16)   not null,
    stage           varchar(64)   not null,
    commitment_id   bigint,
    milestone_id    bigint,
    agreement_id    bigint,
    review_id       bigint,
    occurrence      timestamp(6) with time zone not null,
    recipient_kind  varchar(16)   not null,
    subscription_id bigint,
    channel         varchar(16)   not null,
    recipient       varchar(2000) not null,
    digest_id       bigint,
    not_before      timestamp(6) with time zone not null,
    status          varchar(16)   not null,
    attempts        integer       not null,
    last_error      varchar(2000),
    claimed_by      varchar(64),
    sent_at         timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    constraint notification_key_uk unique (idempotency_key)
);
-- Claims read due rows by status and time; digests group held rows by subscriber.
create index notification_due_idx on notification (status, not_before);
create index notification_commitment_idx on notification (commitment_id, status);
create index notification_milestone_idx on notification (milestone_id);
create index notification_subscription_idx on notification (subscription_id, status);
create index notification_digest_idx on notification (digest_id);
create index notification_claim_idx on notification (claimed_by);

create table app_secret (
    name   varchar(64)  not null primary key,
    secret varchar(200) not null
);
