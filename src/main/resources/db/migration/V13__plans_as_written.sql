-- What real plans contain (issue 15): a responsible body under the party, the plan's own numbering, deadlines
-- at month, quarter or year precision, items without a fixed date, and completion reported without evidence.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

-- An undated item keeps the source's words instead of a deadline; until it gets a date it has no baseline either.
alter table commitment alter column due_at drop not null;
alter table commitment alter column baseline_due_at drop not null;
alter table commitment add column undated_text varchar(300);
alter table commitment add column due_precision varchar(8) default 'DAY' not null;
alter table commitment add constraint commitment_dated_ck check (due_at is not null or undated_text is not null);

-- The body as written, and the same lower-cased for the exact, case-insensitive filter (H2 has no index on lower()).
alter table commitment add column responsible_body varchar(200);
alter table commitment add column responsible_body_key varchar(200);

alter table commitment add column reference varchar(64);
-- Led by the reference, so the constraint's index also finds a reference across agreements.
alter table commitment add constraint commitment_reference_uk unique (reference, agreement_id);

-- False only for a DONE reported by an import's source without evidence.
alter table commitment add column completion_evidenced boolean default true not null;

-- A milestone's reference is unique within its agreement, which the milestone row therefore carries.
alter table milestone add column agreement_id bigint;
update milestone set agreement_id = (select c.agreement_id from commitment c where c.id = milestone.commitment_id);
alter table milestone alter column agreement_id set not null;
alter table milestone add column reference varchar(64);
alter table milestone add constraint milestone_reference_uk unique (agreement_id, reference);
alter table milestone add constraint milestone_agreement_fk foreign key (agreement_id) references agreement (id);
alter table milestone alter column due_at drop not null;
alter table milestone add column undated_text varchar(300);
alter table milestone add column due_precision varchar(8) default 'DAY' not null;
alter table milestone add constraint milestone_dated_ck check (due_at is not null or undated_text is not null);

-- Giving an undated commitment its first date is kept as a deadline change from "no fixed date".
alter table deadline_change alter column old_due_at drop not null;
alter table deadline_change add column old_undated varchar(300);
alter table deadline_change add column old_precision varchar(8) default 'DAY' not null;
alter table deadline_change add column new_precision varchar(8) default 'DAY' not null;

-- Undated rows have a null due_at and sort after every date. PostgreSQL puts nulls last in an ascending index by
-- itself; H2 puts them first unless told, and then (a) reads an index in order only for an ORDER BY that says
-- NULLS LAST like the index, (b) walks every null before the first date of a range. So the ordered indexes say it
-- on both databases, and every query ordered by due_at says "nulls last" (ascending) or "nulls first" (descending).
-- New indexes come first, so that a foreign key is never without one.
create index commitment_due_nl_idx on commitment (due_at nulls last, id, status);
create index commitment_party_due_nl_idx on commitment (responsible_party_id, due_at nulls last, id, status);
create index commitment_agreement_due_nl_idx on commitment (agreement_id, due_at nulls last, id, status);
create index commitment_status_due_nl_idx on commitment (status, due_at nulls last);
create index commitment_body_due_idx on commitment (responsible_body_key, due_at nulls last, id, status);
drop index commitment_due_id_status_idx;
drop index commitment_party_due_status_idx;
drop index commitment_agreement_due_status_idx;
drop index commitment_status_due_idx;
create index milestone_commitment_nl_idx on milestone (commitment_id, due_at nulls last);
create index milestone_due_nl_idx on milestone (due_at nulls last, id);
drop index milestone_commitment_idx;
drop index milestone_due_id_idx;
