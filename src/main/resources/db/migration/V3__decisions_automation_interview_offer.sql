-- Human decisions, the automation switches, interview planning and scorecards, offers, the salary band of a
-- vacancy, and how an application's procedure ends. Runs on H2 2.3 and PostgreSQL 15.

-- How the procedure of an application ended, and what the candidate asked for along the way.
alter table application add column ended_at timestamp with time zone;
alter table application add column withdrawal_requested_at timestamp with time zone;
alter table application add column objected_to_automation_at timestamp with time zone;
alter table application add column handed_over_at timestamp with time zone;

-- The salary band of a vacancy; an offer above it needs HR's approval. Either end may be unknown.
alter table vacancy add column salary_min numeric(12, 2);
alter table vacancy add column salary_max numeric(12, 2);

-- Every decision a person took in the procedure, with the recommendation they saw (GDPR art. 22, AI Act
-- art. 14). Pseudonymous except for 'reason': free text written about the candidate, personal data that is
-- erased with the applicant's other personal data when retention ends.
create table human_decision (
    id                   uuid                     not null primary key,
    application_id       uuid                     not null references application (id),
    stage                varchar(30)              not null,
    round                integer                  not null,
    recommendation_shown varchar(40),
    decision             varchar(40)              not null,
    reason               varchar(2000),
    decided_by           varchar(64)              not null,
    decided_at           timestamp with time zone not null,
    override             boolean                  not null
);

create index human_decision_application_idx on human_decision (application_id, decided_at);

-- Automation switches: one global row (vacancy_id null, the fixed nil id) and at most one row per vacancy.
-- A vacancy without a row follows the default: automation on.
create table automation_switch (
    id         uuid                     not null primary key,
    vacancy_id uuid                     references vacancy (id),
    enabled    boolean                  not null,
    changed_at timestamp with time zone not null,
    constraint automation_switch_vacancy_uk unique (vacancy_id)
);

insert into automation_switch (id, vacancy_id, enabled, changed_at)
values ('00000000-0000-0000-0000-000000000000', null, true, current_timestamp);

-- One interview round of an application: the proposed slots, the interviewers and the slot the candidate chose.
create table interview_plan (
    id                uuid                     not null primary key,
    application_id    uuid                     not null references application (id),
    round             integer                  not null,
    duration_minutes  integer                  not null,
    location          varchar(500),
    chosen_slot_index integer,
    proposed_at       timestamp with time zone not null,
    chosen_at         timestamp with time zone,
    constraint interview_plan_round_uk unique (application_id, round),
    constraint interview_plan_duration_ck check (duration_minutes between 15 and 480)
);

create table interview_slot (
    plan_id    uuid                     not null references interview_plan (id) on delete cascade,
    slot_index integer                  not null,
    starts_at  timestamp with time zone not null,
    primary key (plan_id, slot_index)
);

-- Interviewers are Camunda user ids.
create table interview_interviewer (
    plan_id uuid        not null references interview_plan (id) on delete cascade,
    user_id varchar(64) not null,
    primary key (plan_id, user_id)
);

-- One interviewer's structured scorecard for one round; a resubmission replaces it. 'evidence' is free text
-- about the candidate: personal data, erased with the applicant's other personal data.
create table scorecard (
    id                   uuid                     not null primary key,
    application_id       uuid                     not null references application (id),
    round                integer                  not null,
    interviewer_id       varchar(64)              not null,
    rating_skills        integer                  not null,
    rating_experience    integer                  not null,
    rating_communication integer                  not null,
    rating_motivation    integer                  not null,
    evidence             varchar(4000),
    submitted_at         timestamp with time zone not null,
    constraint scorecard_interviewer_uk unique (application_id, round, interviewer_id),
    constraint scorecard_ratings_ck check (rating_skills between 1 and 5 and rating_experience between 1 and 5
        and rating_communication between 1 and 5 and rating_motivation between 1 and 5)
);

-- Offers made to a candidate. Salary, start date and terms are personal data, erased with the applicant's
-- other personal data.
create table offer (
    id             uuid                     not null primary key,
    application_id uuid                     not null references application (id),
    salary         numeric(12, 2)           not null,
    start_date     date                     not null,
    terms          varchar(4000),
    status         varchar(20)              not null,
    drafted_at     timestamp with time zone not null,
    sent_at        timestamp with time zone,
    answered_at    timestamp with time zone
);

create index offer_application_idx on offer (application_id, drafted_at);
