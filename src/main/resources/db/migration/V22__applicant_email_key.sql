-- The address in lower case, indexed: taking in an application looks up the applicant's earlier applications to
-- the same vacancy by address, in any case. Comparing lower(email) read the whole applicant table for every
-- application (docs/benchmarks.md, "Scale"), and an index on an expression is not portable to H2. The application
-- keeps it equal to lower(email) (Java's lower case, Locale.ROOT); erased with the applicant's row.
alter table applicant add column email_key varchar(254);
update applicant set email_key = lower(email);
alter table applicant alter column email_key set not null;
create index applicant_email_key_idx on applicant (email_key);
