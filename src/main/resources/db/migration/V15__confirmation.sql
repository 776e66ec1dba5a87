-- A completion reported by the responsible party is confirmed or disputed by the other parties of the agreement.
alter table commitment add column confirmation varchar(16);
alter table commitment add column confirmation_asked_at timestamp(6) with time zone;
alter table milestone add column confirmation varchar(16);
alter table milestone add column confirmation_asked_at timestamp(6) with time zone;
-- The completions in one state, longest waiting first (the report's confirmation filter, the dashboard's figures).
create index commitment_confirmation_idx on commitment (confirmation, confirmation_asked_at, id);
create index milestone_confirmation_idx on milestone (confirmation, confirmation_asked_at, id);

create sequence confirmation_step_seq start with 1 increment by 50;

-- The thread of a completion: the counterparts' verdicts and the responsible party's answers. Append-only.
create table confirmation_step (
    id            bigint        not null primary key,
    commitment_id bigint        not null references commitment (id),
    milestone_id  bigint        references milestone (id),
    agreement_id  bigint        not null,
    party_id      bigint        not null references party (id),
    act           varchar(16)   not null,
    author        varchar(200)  not null,
    note          varchar(5000),
    recorded_at   timestamp(6) with time zone not null
);
create index confirmation_step_commitment_idx on confirmation_step (commitment_id, recorded_at);
create index confirmation_step_milestone_idx on confirmation_step (milestone_id, recorded_at);
create index confirmation_step_agreement_idx on confirmation_step (agreement_id, recorded_at);

create table confirmation_evidence (
    step_id  bigint        not null references confirmation_step (id),
    position integer       not null,
    url      varchar(2000) not null,
    primary key (step_id, position)
);
