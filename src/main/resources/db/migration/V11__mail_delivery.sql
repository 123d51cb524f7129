-- Sending the outbox: attempts, when the next one is due, why the last one failed (a category, never personal
-- data), and when the message went out. Rows are claimed by moving next_attempt_at forward in a conditional
-- update, so several nodes can send from the same table without sending a message twice.
alter table outbound_message add column attempts integer default 0 not null;
alter table outbound_message add column next_attempt_at timestamp with time zone default current_timestamp;
update outbound_message set next_attempt_at = created_at;
alter table outbound_message alter column next_attempt_at set not null;
alter table outbound_message add column last_failure varchar(200);
alter table outbound_message add column sent_at timestamp with time zone;

create index outbound_message_due_idx on outbound_message (status, next_attempt_at);
