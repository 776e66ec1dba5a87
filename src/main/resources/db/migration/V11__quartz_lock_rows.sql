-- Quartz's row locks, there before any node starts. Otherwise the first nodes started together on an empty database
-- each find no lock row and insert it; on PostgreSQL the loser's insert breaks the key, aborts the transaction its
-- scheduler was created in, and the node fails to start (seen in the cluster suite). The name is Quarkus's default
-- instance name (quarkus.quartz.instance-name); a scheduler with another name still inserts its own rows.
insert into qrtz_locks (sched_name, lock_name)
select 'QuarkusQuartzScheduler', 'TRIGGER_ACCESS'
 where not exists (select 1 from qrtz_locks where sched_name = 'QuarkusQuartzScheduler' and lock_name = 'TRIGGER_ACCESS');
insert into qrtz_locks (sched_name, lock_name)
select 'QuarkusQuartzScheduler', 'STATE_ACCESS'
 where not exists (select 1 from qrtz_locks where sched_name = 'QuarkusQuartzScheduler' and lock_name = 'STATE_ACCESS');
