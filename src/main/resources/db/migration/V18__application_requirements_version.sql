-- The version of the vacancy's requirements and knock-out questions an application was made against: its
-- knock-out answers answer that version's questions, and screening matches it against that version, even when
-- HR changes the requirements in between. Null for applications made before this was recorded (screened
-- against the current version).
alter table application add column requirements_version integer;
