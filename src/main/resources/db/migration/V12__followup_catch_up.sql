-- A new or changed subscription's scope, still to be brought forward by the sweep (followup.CatchUp). The cursors
-- are the last commitment and milestone ids done; commitment_after is null once the commitments are all done.
-- generation changes with each change of the subscription, so a batch begun under the old one does not move the
-- cursor of the new one.
create table followup_catch_up (
    subscription_id  bigint not null primary key references subscription (id) on delete cascade,
    generation       bigint not null,
    commitment_after bigint,
    milestone_after  bigint not null
);
