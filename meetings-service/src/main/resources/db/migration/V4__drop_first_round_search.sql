-- The first round's full-text vector and date range, with their indexes, have had no reader since searches moved to
-- search_text and search_period (V2); PostgreSQL still computed both and updated two indexes on every write.
drop index meeting_search;
drop index meeting_period;
alter table meeting drop column search, drop column period;
drop function meeting_search_vector(text, text, text[]);
