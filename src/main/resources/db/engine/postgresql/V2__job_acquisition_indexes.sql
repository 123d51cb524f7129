-- The job executor asks for due jobs over and over (ensureJobDueDateNotNull and jobExecutorAcquireByDueDate in
-- application.yaml: every job has a due date and the due ones are taken first). Without these indexes PostgreSQL
-- read every job for each of these queries, every waiting timer included: each application keeps its reminder and
-- retention timers for weeks, so each look cost more with every open application.
--
-- The due jobs, in due-date order: the query stops after the few it takes.
create index if not exists werving_ru_job_duedate on act_ru_job (duedate_);
-- The jobs some node holds now (a lock owner), few at any time: the query leaves out the jobs of process instances
-- with an exclusive job in progress, and found those by reading the whole table.
create index if not exists werving_ru_job_locked on act_ru_job (lock_exp_time_) where lock_owner_ is not null;
