-- A CV whose text extraction does not finish within the intake time limit is stored without its text; screening
-- extracts it later, in the background. NULL means "not yet extracted".
alter table cv_document alter column extracted_text drop not null;
