-- Accounts, sessions, API tokens and the audit trail.

alter table agreement add column is_public boolean default false not null;

create sequence app_user_seq start with 1 increment by 50;
create sequence api_token_seq start with 1 increment by 50;
create sequence audit_entry_seq start with 1 increment by 50;

create table app_user (
    id                   bigint       not null primary key,
    version              bigint       not null,
    email                varchar(320) not null,
    name                 varchar(200) not null,
    password_hash        varchar(100) not null,
    role                 varchar(16)  not null,
    must_change_password boolean      not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    constraint app_user_email_uk unique (email)
);

create table app_user_party (
    user_id  bigint not null references app_user (id),
    party_id bigint not null references party (id),
    primary key (user_id, party_id)
);
create index app_user_party_party_idx on app_user_party (party_id);

-- A browser sign-in; the session cookie names it, so that it can be ended from the server.
create table login_session (
    id         varchar(64) not null primary key,
    user_id    bigint      not null references app_user (id),
    created_at timestamp(6) with time zone not null,
    revoked_at timestamp(6) with time zone
);
create index login_session_user_idx on login_session (user_id);

create table api_token (
    id         bigint       not null primary key,
    user_id    bigint       not null references app_user (id),
    name       varchar(100) not null,
    token_hash varchar(64)  not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    revoked_at timestamp(6) with time zone,
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_user_idx on api_token (user_id);

alter table subscription add column owner_user_id bigint references app_user (id);
create index subscription_owner_idx on subscription (owner_user_id);

-- Append-only: who changed what, when, with the fields before and after.
create table audit_entry (
    id            bigint        not null primary key,
    at            timestamp(6) with time zone not null,
    actor         varchar(500)  not null,
    actor_user_id bigint,
    token_id      bigint,
    action        varchar(16)   not null,
    item_type     varchar(32)   not null,
    item_id       varchar(64)   not null,
    commitment_id bigint,
    before_json   varchar(200000),
    after_json    varchar(200000)
);
create index audit_item_idx on audit_entry (item_type, item_id, at);
create index audit_commitment_idx on audit_entry (commitment_id, at);
create index audit_actor_idx on audit_entry (actor_user_id, at);
create index audit_at_idx on audit_entry (at);
