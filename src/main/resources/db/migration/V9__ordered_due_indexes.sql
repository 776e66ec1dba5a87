-- The overdue report, the dashboard's lists and the follow-up views page in (due_at, id) order. An index on
-- (due_at, status) gives H2 only the first of those columns in order, so it sorted every past-due row for a page;
-- with id second both databases read the page straight from the index and stop.
create index commitment_due_id_status_idx on commitment (due_at, id, status);
drop index commitment_due_idx;
create index milestone_due_id_idx on milestone (due_at, id);
drop index milestone_due_idx;
