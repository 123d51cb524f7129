-- A candidate's request for a human review of a decision on their application (GDPR art. 22(3), AI Act art. 86):
-- what is contested, the candidate's own statement (personal data, emptied by erasure), who took the contested
-- decision (so that someone else reviews it), the deadline, and the reviewer's outcome with its reason.
create table decision_review (
    id                  uuid                     not null primary key,
    application_id      uuid                     not null references application (id),
    number              integer                  not null,
    subject             varchar(30)              not null,
    statement           varchar(2000),
    original_decided_by varchar(64),
    requested_at        timestamp with time zone not null,
    due_at              timestamp with time zone not null,
    outcome             varchar(20),
    outcome_reason      varchar(2000),
    reviewed_by         varchar(64),
    reviewed_at         timestamp with time zone,
    constraint decision_review_number_unique unique (application_id, number)
);

create index decision_review_application_idx on decision_review (application_id, number);
