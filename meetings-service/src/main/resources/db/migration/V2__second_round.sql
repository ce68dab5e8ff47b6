-- Second round of the model: joint and unattributed statements, facts marked as reported or inferred, versions on
-- the parts of a meeting that editors now correct one by one, the search bounds of fuzzy dates, one-of dates,
-- and a text search over everything that names a meeting (venue and city included), in any script, accents ignored.
-- Existing rows are kept: each statement's speaker becomes its one speaker, and every fact is REPORTED.

create extension if not exists unaccent;

-- lower(unaccent(x)). unaccent() is only STABLE (it reads its dictionary); naming the dictionary makes the result
-- depend on the arguments alone, so the wrapper may be IMMUTABLE and serve generated columns and indexes.
create function search_fold(value text) returns text
    language sql immutable strict parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary, value));

-- The text a meeting search looks in. array_to_string is only STABLE, hence the IMMUTABLE wrapper (true for text[]).
create function meeting_search_text(title text, summary text, topics text[], outcomes text[], venue text,
        city text) returns text
    language sql immutable parallel safe
    return search_fold(coalesce(title, '') || ' ' || coalesce(summary, '') || ' '
        || coalesce(array_to_string(topics, ' '), '') || ' ' || coalesce(array_to_string(outcomes, ' '), '') || ' '
        || coalesce(venue, '') || ' ' || coalesce(city, ''));

-- Dates: WITHIN (some day within the bounds: an EDTF one-of set) beside the other precisions.
alter table meeting drop constraint meeting_precision_check;
alter table meeting add constraint meeting_precision_check check (precision in ('DAY', 'MONTH', 'SEASON',
    'QUARTER', 'QUADRIMESTER', 'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'WITHIN', 'UNKNOWN'));
alter table date_report drop constraint date_report_precision_check;
alter table date_report add constraint date_report_precision_check check (precision in ('DAY', 'MONTH', 'SEASON',
    'QUARTER', 'QUADRIMESTER', 'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'WITHIN', 'UNKNOWN'));

-- The bounds date filters use: earliest/latest widened by one unit of precision for ~, ? and %. The service writes
-- them from the EDTF library; this one-off function derives them for the rows already stored, then goes.
create function edtf_widening(part text) returns interval
    language sql immutable strict parallel safe
    return case
        when part !~ '[?~%]$' then null
        when part ~ '^-?[0-9]{4}-[0-9]{2}-[0-9]{2}' then interval '1 day'
        when part ~ '^-?[0-9]{4}-(0[1-9]|1[0-2])' then interval '1 month'
        when part ~ '^-?[0-9]{4}-(2[1-9]|3[0-6])' then interval '3 months'
        when part ~ '^-?[0-9]{4}-3[7-9]' then interval '4 months'
        when part ~ '^-?[0-9]{4}-4[01]' then interval '6 months'
        when part ~ '^[0-9]{3}X' then interval '10 years'
        when part ~ '^[0-9]{2}XX' then interval '100 years'
        when part ~ '^XXXX' then null
        else interval '1 year' end;

alter table meeting add column search_from date, add column search_to date;
update meeting set
    search_from = (earliest - coalesce(edtf_widening(split_part(date_edtf, '/', 1)), interval '0'))::date,
    search_to = (latest + 1 + coalesce(edtf_widening(
        case when date_edtf like '%/%' then split_part(date_edtf, '/', 2) else date_edtf end), interval '0'))::date - 1;
drop function edtf_widening(text);
alter table meeting add constraint meeting_search_bounds check (
    (search_from is null or earliest is null or search_from <= earliest)
    and (search_to is null or latest is null or search_to >= latest));
alter table meeting add column search_period daterange
    generated always as (daterange(search_from, search_to, '[]')) stored;
create index meeting_search_period on meeting using gist (search_period);

alter table meeting add column search_text text
    generated always as (meeting_search_text(title, summary, topics, outcomes, venue, city)) stored;
create index meeting_search_text on meeting using gin (search_text gin_trgm_ops);
create index meeting_location_country on meeting (country_code) where country_code is not null;

-- Facts: REPORTED (the source says so) or INFERRED (concluded from it; the note says from what).
alter table participant
    add column basis text not null default 'REPORTED' check (basis in ('REPORTED', 'INFERRED')),
    add column note text,
    add column version bigint not null default 0;
alter table mention
    add column basis text not null default 'REPORTED' check (basis in ('REPORTED', 'INFERRED')),
    add column note text,
    add column version bigint not null default 0;
alter table date_report add column version bigint not null default 0;

-- Statements: any number of speakers in the source's order (a joint declaration names all its signatories), or
-- none with an attribution ("a senior US administration official"); DOCUMENT for words of a signed or issued text.
alter table statement
    add column attribution text,
    add column basis text not null default 'REPORTED' check (basis in ('REPORTED', 'INFERRED')),
    add column note text,
    add column version bigint not null default 0,
    add column search_text text generated always as (search_fold(text)) stored;
alter table statement drop constraint statement_kind_check;
alter table statement add constraint statement_kind_check check (kind in ('QUOTE', 'PARAPHRASE', 'DOCUMENT'));
create index statement_search_text on statement using gin (search_text gin_trgm_ops);

-- V1's index of the one speaker column has the name the new table takes; the column goes below.
drop index statement_speaker;
create table statement_speaker (
    statement_id uuid    not null references statement (id) on delete cascade,
    ordinal      integer not null check (ordinal >= 0),
    person_id    uuid    not null,
    primary key (statement_id, ordinal),
    constraint statement_speaker_once unique (statement_id, person_id)
);
create index statement_speaker_person on statement_speaker (person_id, statement_id);
insert into statement_speaker (statement_id, ordinal, person_id) select id, 0, speaker_id from statement;
alter table statement drop column speaker_id;
