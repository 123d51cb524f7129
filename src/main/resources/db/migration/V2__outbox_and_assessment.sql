-- The notification outbox and external assessments. Both hold ids and results only, no contact details.

-- One row per message owed to someone. A message is identified by application, type, round and recipient;
-- the candidate's rows have no recipient (null), hence "nulls not distinct" (PostgreSQL 15+, H2 2.2+).
create table outbound_message (
    id             uuid                     not null primary key,
    application_id uuid                     not null,
    type           varchar(40)              not null,
    round          integer                  not null,
    recipient_kind varchar(20)              not null,
    recipient      varchar(64),
    status         varchar(20)              not null,
    created_at     timestamp with time zone not null,
    constraint outbound_message_uk
        unique nulls not distinct (application_id, type, round, recipient_kind, recipient)
);

create index outbound_message_status_idx on outbound_message (status, created_at);

-- One external assessment (online test, video-interview platform) per application: the invitation, and the
-- result the provider reports through the signed webhook.
create table assessment (
    id                 uuid                     not null primary key,
    application_id     uuid                     not null,
    reference          varchar(24)              not null,
    status             varchar(20)              not null,
    invitation_url     varchar(1000),
    invited_at         timestamp with time zone not null,
    score              integer,
    completed          boolean,
    provider_result_id varchar(100),
    received_at        timestamp with time zone,
    constraint assessment_application_uk unique (application_id),
    constraint assessment_reference_uk unique (reference),
    constraint assessment_score_ck check (score between 0 and 100)
);
