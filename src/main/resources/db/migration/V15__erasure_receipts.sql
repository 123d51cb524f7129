-- Erasure receipts: proof of each erasure without personal data (the random reference, when, why, and how many
-- records each store erased). Kept after the application's personal data is gone.
create table erasure_receipt (
    id         uuid primary key,
    reference  varchar(24) not null,
    reason     varchar(40) not null,
    erased_at  timestamp with time zone not null
);

create index erasure_receipt_reference_idx on erasure_receipt (reference);

create table erasure_receipt_store (
    receipt_id uuid not null references erasure_receipt (id),
    position   integer not null,
    store      varchar(60) not null,
    records    integer not null,
    primary key (receipt_id, position)
);
