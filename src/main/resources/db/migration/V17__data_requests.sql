-- Data-subject requests (GDPR Art. 15 access, 16 rectification, 17 erasure, 21 objection) per application: the
-- kind, how it came in, when it was received, when the answer is due (one calendar month later, Art. 12(3)), its
-- status and when it was completed. Ids, codes and times only: no free text, no personal data. No foreign key to
-- the application: the row is the proof that a request was answered in time and stays when the application's
-- personal data is erased. `number` counts the application's requests (1, 2, ...) and numbers their mails.
create table data_request (
    id              uuid primary key,
    application_id  uuid not null,
    number          integer not null,
    type            varchar(20) not null,
    channel         varchar(20) not null,
    status          varchar(20) not null,
    received_at     timestamp with time zone not null,
    due_at          timestamp with time zone not null,
    overdue_at      timestamp with time zone,
    completed_at    timestamp with time zone,
    constraint data_request_number_uq unique (application_id, number)
);

create index data_request_open_idx on data_request (application_id, type, status);
