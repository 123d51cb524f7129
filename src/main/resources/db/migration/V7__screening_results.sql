-- Screening results: what automated CV screening found for an application, kept so a recruiter and the
-- candidate can follow it (explanations, GDPR art. 15 and 22, AI Act art. 86). Every screening adds a result;
-- re-screening after a correction (art. 16) adds a newer one (higher sequence_number) and keeps the old.
-- The result row holds no personal data by itself (ids, score, flags, versions); the evidence column of
-- screening_requirement_result does. Rows are erased together with their application.
create table screening_result (
    id                   uuid                     not null primary key,
    application_id       uuid                     not null references application (id),
    vacancy_id           uuid                     not null references vacancy (id),
    -- 1 for the first screening of the application, then 2, 3... for re-screenings.
    sequence_number      integer                  not null,
    -- The version of the vacancy's requirements and knock-out questions the CV was matched against.
    requirements_version integer                  not null,
    -- False when the application came without a CV text: nothing was matched or scored.
    cv_screened          boolean                  not null,
    -- 0-100, null when not scored.
    score                integer,
    must_have_missing    boolean                  not null,
    knockout_failed      boolean                  not null,
    -- The decision definition (key and version) that turned the features into a recommendation, and its output;
    -- null until the process attaches it.
    decision_key         varchar(255),
    decision_version     integer,
    recommendation       varchar(100),
    reason               varchar(100),
    screened_at          timestamp with time zone not null,
    decided_at           timestamp with time zone,
    constraint screening_result_sequence_uk unique (application_id, sequence_number)
);

create index screening_result_application_idx on screening_result (application_id);

-- One row per requirement of the vacancy version, in the vacancy's order (position).
create table screening_requirement_result (
    result_id      uuid          not null references screening_result (id),
    position       integer       not null,
    requirement_id uuid          not null,
    label          varchar(500)  not null,
    kind           varchar(20)   not null,
    must_have      boolean       not null,
    weight         integer       not null,
    minimum_years  integer,
    required_level varchar(100),
    -- MATCHED, PARTIAL or MISSING.
    status         varchar(20)   not null,
    years_found    numeric(4, 1),
    -- Points out of 100 this requirement added to the score.
    contribution   numeric(5, 2) not null,
    -- PERSONAL DATA: CV passages (after removal of protected attributes) with their positions, as a JSON array
    -- of {"passage", "start", "end"}. Erase with the application; never copy into logs or process variables.
    evidence       varchar(8000) not null,
    primary key (result_id, position)
);

-- The candidate's answers to the knock-out questions as given (null: not answered), with the questions asked.
create table screening_knockout_check (
    result_id       uuid          not null references screening_result (id),
    position        integer       not null,
    question_id     uuid          not null,
    question_en     varchar(1000) not null,
    question_nl     varchar(1000) not null,
    required_answer boolean       not null,
    answer          boolean,
    primary key (result_id, position)
);
