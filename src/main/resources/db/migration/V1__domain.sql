-- Werving's own domain tables. The engine creates its own tables when they are missing
-- (camunda.bpm.database.schema-update); an engine upgrade needs Camunda's patch scripts.

create table vacancy (
    id          uuid                     not null primary key,
    title       varchar(200)             not null,
    description varchar(10000)           not null,
    status      varchar(20)              not null,
    created_at  timestamp with time zone not null
);

create index vacancy_status_idx on vacancy (status);

-- Personal data: erased when the applicant's retention ends.
create table applicant (
    id                 uuid                     not null primary key,
    full_name          varchar(200)             not null,
    email              varchar(254)             not null,
    phone              varchar(32),
    preferred_language varchar(2)               not null,
    created_at         timestamp with time zone not null
);

create table application (
    id           uuid                     not null primary key,
    reference    varchar(24)              not null,
    vacancy_id   uuid                     not null references vacancy (id),
    applicant_id uuid                     not null references applicant (id),
    status       varchar(20)              not null,
    submitted_at timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint application_reference_uk unique (reference)
);

create index application_vacancy_idx on application (vacancy_id);
create index application_applicant_idx on application (applicant_id);
