-- The calendar identity of an interview round: every invitation, update and cancellation sent for the round
-- carries the same UID, and each update or cancellation a higher SEQUENCE (RFC 5545), whoever receives it.
alter table interview_plan add column calendar_uid varchar(255);
alter table interview_plan add column calendar_sequence integer default 0 not null;

-- Rounds planned before this migration take their plan's id, which is random too.
update interview_plan set calendar_uid = cast(id as varchar(36)) || '@werving' where calendar_uid is null;

alter table interview_plan alter column calendar_uid set not null;
alter table interview_plan add constraint interview_plan_calendar_uid_uk unique (calendar_uid);
