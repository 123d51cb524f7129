-- The job executor asks for due jobs over and over (ensureJobDueDateNotNull and jobExecutorAcquireByDueDate in
-- application.yaml: every job has a due date and the due ones are taken first). Without an index on the due date
-- PostgreSQL read every job for each of these queries, every waiting timer included: each application keeps its
-- retention and reminder timers for months, so the cost grew with every open application.
create index if not exists werving_ru_job_duedate on act_ru_job (duedate_);
