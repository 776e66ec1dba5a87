-- The public record of an agreement reads its change history newest first: commitments added, milestones reached.
-- (Deadline changes and progress updates are reached through their commitments' indexes; confirmation steps have
-- their own (agreement_id, recorded_at) index from V15.)
create index commitment_agreement_created_idx on commitment (agreement_id, created_at);
create index milestone_agreement_completed_idx on milestone (agreement_id, completed_at);
