-- Indexes on the engine's own tables, applied after the engine has created them (EngineIndexMigrations, history in
-- flyway_engine_history). Why each: docs/benchmarks.md, "Scale".
--
-- Erasure and the audit timeline find an application's process instances by its id in the variable
-- 'applicationId' as well as by business key, so that none is missed. Camunda indexes variables by name and type
-- only, so each lookup read every 'applicationId' row: about 350 ms with 100,000 applications (6 million history
-- rows), growing with every application. Hash indexes, because a variable's text may be up to 4,000 characters,
-- longer than a B-tree entry may be; the lookups only ask for equality.
create index if not exists werving_hi_varinst_text on act_hi_varinst using hash (text_);
create index if not exists werving_ru_variable_text on act_ru_variable using hash (text_);
