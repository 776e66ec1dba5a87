-- Lists by party or agreement filter on status too (overdue = open and past due): with the status in the index the
-- database answers from the index alone instead of reading every row in the deadline range. The new indexes come
-- first, so a foreign key is never without one.
create index commitment_party_due_status_idx on commitment (responsible_party_id, due_at, status);
create index commitment_agreement_due_status_idx on commitment (agreement_id, due_at, status);
drop index commitment_party_due_idx;
drop index commitment_agreement_due_idx;
