-- The notification outbox. It holds ids only, no contact details.

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
