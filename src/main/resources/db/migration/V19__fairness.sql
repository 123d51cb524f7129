-- Fairness monitoring (module fairness).

-- Answers to the voluntary diversity survey: special-category data (GDPR Art. 9), given only after the
-- candidate's own consent (consent_record, purpose DIVERSITY_SURVEY). Kept apart from the application (no
-- foreign key, no column on application), read only by the fairness module to count groups, never shown to
-- reviewers or put into the process. Deleted when the consent is withdrawn and at erasure.
create table diversity_response (
    application_id uuid                     not null,
    -- A configured dimension (werving.fairness.dimensions), e.g. 'sex'.
    dimension      varchar(60)              not null,
    -- One of the dimension's configured values, or 'prefer-not-to-say'.
    answer         varchar(60)              not null,
    recorded_at    timestamp with time zone not null,
    primary key (application_id, dimension)
);

-- Reads of reports derived from personal data (fairness report, decision impact preview): who, what, with which
-- non-personal parameters (vacancy id, dates, months), when. Holds no data about candidates.
create table audit_read_log (
    id         uuid                     not null primary key,
    user_id    varchar(64)              not null,
    what       varchar(60)              not null,
    parameters varchar(500)             not null,
    read_at    timestamp with time zone not null
);

create index audit_read_log_read_at_idx on audit_read_log (read_at);
