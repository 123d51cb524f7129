-- Signed candidate links (nl.werving.candidate). The links themselves are not stored; a single-use link whose
-- action was performed is recorded here by its random token id, so it is refused when it comes back.
-- Runs on H2 2.3 and PostgreSQL 15. Pseudonymous: the application reference carries nothing about the person.
create table candidate_link_use (
    token_id              varchar(22)              not null primary key,
    purpose               varchar(30)              not null,
    application_reference varchar(24)              not null,
    choice                varchar(20)              not null,
    used_at               timestamp with time zone not null
);

create index candidate_link_use_reference_idx on candidate_link_use (application_reference);
