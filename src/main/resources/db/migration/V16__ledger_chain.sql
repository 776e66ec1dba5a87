-- The tamper-evident ledger: every change to an agreement's ledger is an entry whose hash covers the one before it.
-- Entries outlive their agreement (no foreign key) and are never updated or deleted.
create table ledger_entry (
    agreement_id bigint                      not null,
    sequence     bigint                      not null,
    recorded_at  timestamp(6) with time zone not null,
    kind         varchar(40)                 not null,
    subject      varchar(80)                 not null,
    body         varchar(200000)             not null,
    prev_hash    varchar(64)                 not null,
    hash         varchar(64)                 not null,
    primary key (agreement_id, sequence)
);

-- The last entry of each agreement's chain; its row lock orders appends, and it stays when the agreement is deleted.
create table ledger_head (
    agreement_id bigint                      not null primary key,
    sequence     bigint                      not null,
    hash         varchar(64)                 not null,
    at           timestamp(6) with time zone,
    is_public    boolean                     not null,
    deleted_at   timestamp(6) with time zone
);

insert into ledger_head (agreement_id, sequence, hash, at, is_public, deleted_at)
    select id, 0, '0000000000000000000000000000000000000000000000000000000000000000', null, is_public, null from agreement;
