-- Moving a scheduled interview: when the candidate or a recruiter asks for another time, the round is marked so the
-- recruiter may propose new slots although one was chosen; once the new proposal replaces the chosen slot, the
-- round owes its recipients a calendar update (same UID, higher SEQUENCE) instead of a first invitation.
alter table interview_plan add column reschedule_requested_at timestamp with time zone;
alter table interview_plan add column calendar_update_due boolean default false not null;
