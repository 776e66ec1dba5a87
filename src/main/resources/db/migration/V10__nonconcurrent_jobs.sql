-- The follow-up jobs never run on two nodes at once (FollowupJobs, @Nonconcurrent). A database whose jobs Quartz
-- stored before keeps their job class, which decides it, so it is updated here; a new database gets it from Quartz.
update qrtz_job_details
   set job_class_name = 'io.quarkus.quartz.runtime.QuartzSchedulerImpl$NonconcurrentInvokerJob',
       is_nonconcurrent = true
 where job_group = 'io.quarkus.scheduler.Scheduler'
   and job_name in ('deadline-sweep', 'review-sweep', 'daily-digests');
