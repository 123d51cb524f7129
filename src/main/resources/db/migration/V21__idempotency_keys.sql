-- A client's Idempotency-Key for POST /api/applications: a retry with the same key and the same request returns the
-- application created the first time instead of creating a second one. Kept for 24 hours and erased with the
-- application: the fingerprint is a hash of the request, which held personal data.
create table application_idempotency_key (
    idempotency_key varchar(255) primary key,
    fingerprint     char(64)     not null,
    application_id  uuid         references application (id) on delete cascade,
    created_at      timestamptz  not null
);

create index application_idempotency_key_created_at on application_idempotency_key (created_at);
create index application_idempotency_key_application on application_idempotency_key (application_id);
