-- Answers to a vacancy's knock-out questions, given at apply time.
create table knockout_answer (
    id             uuid    not null primary key,
    application_id uuid    not null references application (id),
    question_id    uuid    not null,
    answer         boolean not null,
    constraint knockout_answer_question_uk unique (application_id, question_id)
);
