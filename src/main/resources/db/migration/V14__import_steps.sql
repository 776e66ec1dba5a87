-- The spreadsheet import in the pages (issue 15) goes upload -> mapping -> dry run -> import. The file is kept here
-- between those steps, so that any node answers the next one; kept files older than a day are removed.
-- Portable SQL: the same script runs on H2 and PostgreSQL.
create table import_upload (
    id           varchar(36)  not null primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    file_name    varchar(255) not null,
    sheet        varchar(255),
    encoding     varchar(40),
    agreement_id bigint references agreement (id) on delete cascade,
    content      bytea        not null,
    created_at   timestamp(6) with time zone not null
);
create index import_upload_created_idx on import_upload (created_at);
create index import_upload_user_idx on import_upload (user_id);

-- A mapping saved by name, for the next file of the same shape; shared by everyone who imports.
create sequence import_mapping_seq start with 1 increment by 50;
create table import_mapping (
    id       bigint        not null primary key,
    name     varchar(100)  not null,
    mapping  varchar(20000) not null,
    saved_by varchar(200)  not null,
    saved_at timestamp(6) with time zone not null,
    constraint import_mapping_name_uk unique (name)
);
