-- An interview round cancelled after its slot was chosen (the candidate withdrew): the calendar invitations of
-- the round are from then on sent as cancellations (METHOD:CANCEL) with the same UID and a raised SEQUENCE.
alter table interview_plan add column cancelled_at timestamp with time zone;
