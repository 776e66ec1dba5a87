-- The commitment ledger. Portable SQL: the same script runs on H2 and PostgreSQL (DESIGN decision 8).

create sequence party_seq start with 1 increment by 50;
create sequence agreement_seq start with 1 increment by 50;
create sequence commitment_seq start with 1 increment by 50;
create sequence milestone_seq start with 1 increment by 50;
create sequence progress_update_seq start with 1 increment by 50;
create sequence deadline_change_seq start with 1 increment by 50;

create table party (
    id          bigint       not null primary key,
    version     bigint       not null,
    code        varchar(16)  not null,
    name        varchar(200) not null,
    time_zone   varchar(64)  not null,
    constraint party_code_uk unique (code)
);

create table agreement (
    id              bigint        not null primary key,
    version         bigint        not null,
    title           varchar(300)  not null,
    summary         varchar(10000),
    signed_on       date,
    place           varchar(200),
    source_url      varchar(2000),
    status          varchar(16)   not null,
    review_schedule varchar(500),
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null
);
create index agreement_status_idx on agreement (status);

create table agreement_party (
    agreement_id bigint  not null references agreement (id),
    party_id     bigint  not null references party (id),
    position     integer not null,
    primary key (agreement_id, position)
);
create index agreement_party_party_idx on agreement_party (party_id, agreement_id);

create table commitment (
    id                   bigint        not null primary key,
    version              bigint        not null,
    agreement_id         bigint        not null references agreement (id),
    title                varchar(300)  not null,
    description          varchar(10000),
    responsible_party_id bigint        not null references party (id),
    owner_name           varchar(200),
    owner_email          varchar(320),
    priority             integer       not null,
    start_on             date,
    due_at               timestamp(6) with time zone not null,
    due_zone             varchar(64)   not null,
    due_date_only        boolean       not null,
    baseline_due_at      timestamp(6) with time zone not null,
    status               varchar(16)   not null,
    completed_at         timestamp(6) with time zone,
    percent_complete     integer       not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null
);
-- Overdue and due-soon lists read open items by due time, overall, per party and per agreement.
create index commitment_due_idx on commitment (due_at, status);
create index commitment_party_due_idx on commitment (responsible_party_id, due_at);
create index commitment_agreement_due_idx on commitment (agreement_id, due_at);
create index commitment_status_due_idx on commitment (status, due_at);

create table commitment_tag (
    commitment_id bigint      not null references commitment (id),
    tag           varchar(40) not null,
    primary key (commitment_id, tag)
);
create index commitment_tag_tag_idx on commitment_tag (tag, commitment_id);

create table commitment_dependency (
    commitment_id bigint not null references commitment (id),
    depends_on_id bigint not null references commitment (id),
    primary key (commitment_id, depends_on_id)
);
create index commitment_dependency_on_idx on commitment_dependency (depends_on_id);

create table milestone (
    id            bigint       not null primary key,
    version       bigint       not null,
    commitment_id bigint       not null references commitment (id),
    title         varchar(300) not null,
    due_at        timestamp(6) with time zone not null,
    due_zone      varchar(64)  not null,
    due_date_only boolean      not null,
    completed_at  timestamp(6) with time zone,
    evidence      varchar(2000),
    created_at    timestamp(6) with time zone not null
);
create index milestone_commitment_idx on milestone (commitment_id, due_at);
create index milestone_due_idx on milestone (due_at);

create table progress_update (
    id               bigint       not null primary key,
    commitment_id    bigint       not null references commitment (id),
    author           varchar(200) not null,
    recorded_at      timestamp(6) with time zone not null,
    note             varchar(5000),
    new_status       varchar(16)  not null,
    percent_complete integer      not null
);
create index progress_update_commitment_idx on progress_update (commitment_id, recorded_at);

create table progress_evidence (
    update_id bigint        not null references progress_update (id),
    position  integer       not null,
    url       varchar(2000) not null,
    primary key (update_id, position)
);

create table deadline_change (
    id            bigint        not null primary key,
    commitment_id bigint        not null references commitment (id),
    old_due_at    timestamp(6) with time zone not null,
    old_zone      varchar(64)   not null,
    old_date_only boolean       not null,
    new_due_at    timestamp(6) with time zone not null,
    new_zone      varchar(64)   not null,
    new_date_only boolean       not null,
    reason        varchar(2000) not null,
    author        varchar(200)  not null,
    changed_at    timestamp(6) with time zone not null
);
create index deadline_change_commitment_idx on deadline_change (commitment_id, changed_at);
