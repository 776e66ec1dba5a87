-- Lists by party or agreement filter on status too (overdue = open and past due) and page in (due_at, id) order.
-- With id after due_at the index gives the page's order, so the database stops after the page instead of sorting
-- every matching row; with status in it, the filter needs no table row. The new indexes come first, so a foreign
-- key is never without one.
create index commitment_party_due_status_idx on commitment (responsible_party_id, due_at, id, status);
create index commitment_agreement_due_status_idx on commitment (agreement_id, due_at, id, status);
drop index commitment_party_due_idx;
drop index commitment_agreement_due_idx;
