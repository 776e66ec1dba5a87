-- One row per one-time start-up task. Nodes started together on an empty database take the row's lock in turn,
-- so the task runs on one of them and the others find it done.
create table start_lock (
    name varchar(64) not null primary key
);
insert into start_lock (name) values ('first-start');
