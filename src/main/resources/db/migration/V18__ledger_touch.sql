-- Which agreements each raise of the ledger stamp touched: a node that keeps the ledger in memory (the scorecard)
-- reloads only those agreements when the stamp moves, whichever node wrote. Only the latest stamps are kept.
create table ledger_touch (
    stamp bigint not null,
    agreement_id bigint not null,
    primary key (stamp, agreement_id)
);
