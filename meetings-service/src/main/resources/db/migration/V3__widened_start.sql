-- A list read latest first under an upper date bound walks the date index from that bound down; the meetings whose
-- fuzzy start was widened back across the bound are fetched apart, through this index (MeetingQueries.belowDate).
-- Building it over a large table takes longer than the requests' statement timeout; for this transaction only.
set local statement_timeout = 0;
create index meeting_widened_start on meeting (earliest) where search_from is null or search_from < earliest;
