-- Meetings between governments, their series, participants, mentions, statements, date reports and sources.
-- Person and organization ids belong to people-service: they are plain uuids here, never foreign keys.

create extension if not exists pg_trgm;

create table series (
    slug        text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null check (length(name) > 0),
    acronym     text,
    description text,
    version     bigint not null default 0
);

create table source (
    id             uuid primary key default gen_random_uuid(),
    title          text not null check (length(title) > 0),
    publisher      text,
    published_on   date,
    url            text,
    retrieved_from text,
    version        bigint not null default 0
);
create index source_title_id on source (title, id);

-- The text the full-text search covers; to_tsvector over array_to_string is only STABLE, so it is wrapped in a
-- function declared IMMUTABLE (true for the simple configuration and text[]) to be usable in a generated column.
create function meeting_search_vector(title text, summary text, topics text[]) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('simple'::regconfig,
        coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(array_to_string(topics, ' '), ''));

create table meeting (
    id                   uuid primary key default gen_random_uuid(),
    title                text not null check (length(title) > 0),
    kind                 text not null
        check (kind in ('SUMMIT', 'MINISTERIAL', 'TALKS', 'WORKING_LEVEL', 'SEMINAR', 'EXERCISE', 'OTHER')),
    status               text not null check (status in ('PLANNED', 'HELD', 'POSTPONED', 'CANCELLED')),
    date_edtf            text not null,
    earliest             date,
    latest               date,
    precision            text not null check (precision in ('DAY', 'MONTH', 'SEASON', 'QUARTER', 'QUADRIMESTER',
        'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'UNKNOWN')),
    date_note            text,
    venue                text,
    city                 text,
    country_code         text check (country_code ~ '^[A-Z]{2}$'),
    series_slug          text references series (slug) on update cascade,
    ordinal              integer check (ordinal > 0),
    host_organization_id uuid,
    country_codes        text[] not null default '{}',
    summary              text,
    topics               text[] not null default '{}' check (topics = lower(topics::text)::text[]),
    outcomes             text[] not null default '{}',
    part_of_id           uuid references meeting (id),
    prepares_for_id      uuid references meeting (id),
    version              bigint not null default 0,
    -- An open bound of the fuzzy date is unbounded: daterange(null, x) has no lower bound.
    period               daterange generated always as (daterange(earliest, latest, '[]')) stored,
    search               tsvector generated always as (meeting_search_vector(title, summary, topics)) stored,
    constraint meeting_bounds_ordered check (earliest is null or latest is null or earliest <= latest),
    constraint meeting_series_ordinal unique (series_slug, ordinal),
    constraint meeting_ordinal_needs_series check (ordinal is null or series_slug is not null),
    constraint meeting_not_part_of_itself check (part_of_id <> id),
    constraint meeting_not_preparing_itself check (prepares_for_id <> id)
);
-- Ordering and keyset pagination: DATE_DESC walks the first index backwards, DATE_ASC the second forwards; the
-- coalesces make an unknown earliest sort last in both directions.
create index meeting_order_desc on meeting ((coalesce(earliest, '-infinity'::date)),
    (coalesce(latest, 'infinity'::date)), id);
create index meeting_order_asc on meeting ((coalesce(earliest, 'infinity'::date)),
    (coalesce(latest, 'infinity'::date)), id);
create index meeting_period on meeting using gist (period);
create index meeting_search on meeting using gin (search);
create index meeting_title_trgm on meeting using gin (title gin_trgm_ops);
create index meeting_country_codes on meeting using gin (country_codes);
create index meeting_topics on meeting using gin (topics);
create index meeting_part_of on meeting (part_of_id) where part_of_id is not null;
create index meeting_prepares_for on meeting (prepares_for_id) where prepares_for_id is not null;

-- A meeting can be neither inside nor preparing for itself through any chain of part_of / prepares_for links.
create function meeting_refuse_cycle() returns trigger language plpgsql as $$
begin
    if new.part_of_id is null and new.prepares_for_id is null then
        return new;
    end if;
    if exists (
        with recursive up (id) as (
            select unnest(array[new.part_of_id, new.prepares_for_id])
            union
            select link.id
            from up
            join meeting m on m.id = up.id
            cross join lateral (values (m.part_of_id), (m.prepares_for_id)) as link (id)
            where link.id is not null)
        select 1 from up where id = new.id) then
        raise exception 'meeting % would be part of or prepare for itself', new.id
            using errcode = '23514', constraint = 'meeting_no_cycle';
    end if;
    return new;
end $$;
create trigger meeting_no_cycle before insert or update of part_of_id, prepares_for_id on meeting
    for each row execute function meeting_refuse_cycle();

create table meeting_source (
    meeting_id uuid not null references meeting (id) on delete cascade,
    source_id  uuid not null references source (id),
    primary key (meeting_id, source_id)
);
create index meeting_source_source on meeting_source (source_id);

create table participant (
    id                      uuid primary key default gen_random_uuid(),
    meeting_id              uuid not null references meeting (id) on delete cascade,
    person_id               uuid not null,
    role                    text not null check (role in ('HEAD_OF_DELEGATION', 'DELEGATE', 'SPEAKER', 'MODERATOR',
        'HOST', 'OBSERVER')),
    delegation_country_code text check (delegation_country_code ~ '^[A-Z]{2}$'),
    title_as_reported       text,
    position                bigint generated always as identity,
    constraint participant_once_per_meeting unique (meeting_id, person_id)
);
create index participant_person on participant (person_id, meeting_id);

create table participant_source (
    participant_id uuid not null references participant (id) on delete cascade,
    source_id      uuid not null references source (id),
    primary key (participant_id, source_id)
);
create index participant_source_source on participant_source (source_id);

create table mention (
    id               uuid primary key default gen_random_uuid(),
    meeting_id       uuid not null references meeting (id) on delete cascade,
    person_id        uuid not null,
    context          text,
    mentioned_by_id  uuid,
    source_id        uuid references source (id),
    position         bigint generated always as identity
);
create index mention_meeting on mention (meeting_id);

create table statement (
    id         uuid primary key default gen_random_uuid(),
    meeting_id uuid not null references meeting (id) on delete cascade,
    speaker_id uuid not null,
    kind       text not null check (kind in ('QUOTE', 'PARAPHRASE')),
    text       text not null check (length(text) > 0),
    source_id  uuid references source (id),
    position   bigint generated always as identity
);
create index statement_meeting on statement (meeting_id);
create index statement_speaker on statement (speaker_id);

create table date_report (
    id         uuid primary key default gen_random_uuid(),
    meeting_id uuid not null references meeting (id) on delete cascade,
    date_edtf  text not null,
    earliest   date,
    latest     date,
    precision  text not null check (precision in ('DAY', 'MONTH', 'SEASON', 'QUARTER', 'QUADRIMESTER',
        'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'UNKNOWN')),
    date_note  text,
    source_id  uuid not null references source (id),
    quote      text,
    position   bigint generated always as identity,
    constraint date_report_bounds_ordered check (earliest is null or latest is null or earliest <= latest)
);
create index date_report_meeting on date_report (meeting_id);
