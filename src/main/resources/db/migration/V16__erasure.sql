-- Erasure of an application's personal data (nl.werving.erasure). The application row stays as a pseudonymous
-- record (reference, vacancy, status, timestamps) for the AI Act's logs; its link to the applicant, who is deleted,
-- goes, and erased_at records when that happened. An offer keeps its status and timestamps; its salary and start
-- date are personal data about the candidate and are emptied with its terms.
alter table application alter column applicant_id drop not null;
alter table application add column erased_at timestamp with time zone;

alter table offer alter column salary drop not null;
alter table offer alter column start_date drop not null;
