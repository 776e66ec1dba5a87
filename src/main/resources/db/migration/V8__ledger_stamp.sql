-- One counter, raised in the same transaction as every change to commitments and agreements: a node that keeps
-- figures over the whole ledger (the dashboard) compares it to see at once that another node changed something.
create table ledger_stamp (
    id integer not null primary key,
    version bigint not null
);
insert into ledger_stamp (id, version) values (1, 0);
