-- The CV a candidate uploaded with an application: the original bytes, the type detected from their content, their
-- SHA-256 and the extracted text (at most werving.cv.max-characters). No file name: it often holds the candidate's
-- name. Personal data, like the application it belongs to.
create table cv_document (
    application_id uuid                     not null primary key references application (id),
    content        bytea                    not null,
    content_type   varchar(100)             not null,
    sha256         varchar(64)              not null,
    size_bytes     integer                  not null,
    extracted_text varchar(200000)          not null,
    uploaded_at    timestamp with time zone not null
);
