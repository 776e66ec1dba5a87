-- The scorecard asks whether anything was recorded after a date (then it reads the history of what was), counts
-- deadline changes recorded in a period, and completions in a period.
create index deadline_change_changed_idx on deadline_change (changed_at, commitment_id);
create index progress_update_recorded_idx on progress_update (recorded_at, commitment_id);
create index confirmation_step_recorded_idx on confirmation_step (recorded_at);
create index commitment_completed_idx on commitment (completed_at, status);
