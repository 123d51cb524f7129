-- A vacancy's requirements and knock-out questions, as HR defines them. Every change adds a complete new version;
-- versions are never updated or deleted, so a screening result that names a version can always be explained.
-- vacancy.requirements_version names the current version (0: HR has not specified any). Not personal data,
-- except changed_by, the user id of the HR employee who made the change.
alter table vacancy add column requirements_version integer default 0 not null;

create table vacancy_requirements_version (
    vacancy_id uuid                     not null references vacancy (id),
    version    integer                  not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(255)             not null,
    constraint vacancy_requirements_version_pk primary key (vacancy_id, version),
    constraint vacancy_requirements_version_ck check (version > 0)
);

-- One requirement of one version. The id stays the same across versions while HR keeps the requirement;
-- synonyms are a JSON array of strings (Dutch and English variants are plain synonyms).
create table vacancy_requirement (
    vacancy_id    uuid          not null,
    version       integer       not null,
    position      integer       not null,
    id            uuid          not null,
    kind          varchar(20)   not null,
    label         varchar(200)  not null,
    synonyms      varchar(2000) not null,
    minimum_years integer,
    level         varchar(40),
    must_have     boolean       not null,
    weight        integer       not null,
    constraint vacancy_requirement_pk primary key (vacancy_id, version, position),
    constraint vacancy_requirement_id_uk unique (vacancy_id, version, id),
    constraint vacancy_requirement_version_fk foreign key (vacancy_id, version)
        references vacancy_requirements_version (vacancy_id, version),
    constraint vacancy_requirement_weight_ck check (weight between 1 and 10),
    constraint vacancy_requirement_years_ck check (minimum_years between 0 and 50)
);

-- One yes/no question of one version, asked at apply time; an answer other than required_answer is a failed
-- knock-out (a recommendation to a person, never a rejection by itself).
create table knockout_question (
    vacancy_id      uuid         not null,
    version         integer      not null,
    position        integer      not null,
    id              uuid         not null,
    question_en     varchar(500) not null,
    question_nl     varchar(500) not null,
    required_answer boolean      not null,
    constraint knockout_question_pk primary key (vacancy_id, version, position),
    constraint knockout_question_id_uk unique (vacancy_id, version, id),
    constraint knockout_question_version_fk foreign key (vacancy_id, version)
        references vacancy_requirements_version (vacancy_id, version)
);
