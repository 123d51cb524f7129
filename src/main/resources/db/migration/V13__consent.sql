-- Consent records per application and purpose: which notice the candidate agreed to, when and through which
-- channel, and when and how it was withdrawn. At most one consent per application and purpose is in force
-- (kept by the consent module; a candidate link that gives consent is used once, which serialises double clicks).
create table consent_record (
    id              uuid primary key,
    application_id  uuid not null references application (id),
    purpose         varchar(40) not null,
    notice_version  varchar(40) not null,
    given_at        timestamp with time zone not null,
    given_via       varchar(40) not null,
    withdrawn_at    timestamp with time zone,
    withdrawn_via   varchar(40)
);

create index consent_record_application_idx on consent_record (application_id, purpose);
