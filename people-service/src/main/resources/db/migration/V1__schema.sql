-- Countries, organizations, people and the posts they held over time.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE (it reads a dictionary chosen by search_path); pinning the dictionary makes this
-- wrapper safe to declare IMMUTABLE, so generated columns and indexes can use it.
create function search_norm(value text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)),
                          '[[:space:]''’‘.,‐-]+', '', 'g');

-- A LIKE pattern that finds the normalized query anywhere, its own % and _ taken literally.
create function search_contains(query text) returns text
    language sql immutable strict parallel safe
    return '%' || replace(replace(replace(search_norm(query), '\', '\\'), '%', '\%'), '_', '\_') || '%';

create table country (
    code text primary key check (code ~ '^[A-Z]{2}$'),
    name text not null
);

create table organization (
    id           uuid primary key default gen_random_uuid(),
    name         text   not null check (length(name) between 1 and 300),
    acronym      text check (length(acronym) <= 40),
    kind         text   not null check (kind in ('MINISTRY', 'DEPARTMENT', 'AGENCY', 'MILITARY', 'LEGISLATURE',
                                                 'HEAD_OF_STATE_OFFICE', 'THINK_TANK', 'INTERNATIONAL', 'OTHER')),
    summary      text,
    country_code text references country (code),
    parent_id    uuid references organization (id),
    wikidata_id  text unique check (wikidata_id ~ '^Q[1-9][0-9]*$'),
    version      bigint not null default 0,
    search_text  text generated always as (search_norm(name || '|' || coalesce(acronym, ''))) stored,
    constraint organization_not_own_parent check (parent_id <> id)
);
create index organization_name_id on organization (name, id);
create index organization_parent on organization (parent_id, name, id);
create index organization_country on organization (country_code);
create index organization_search on organization using gin (search_text gin_trgm_ops);

create table person (
    id          uuid primary key default gen_random_uuid(),
    name        text   not null check (length(name) between 1 and 300),
    given_name  text,
    family_name text,
    nationality text references country (code),
    wikidata_id text unique check (wikidata_id ~ '^Q[1-9][0-9]*$'),
    summary     text,
    -- every name of the person (own and other names) joined by '|', kept by the application on each write
    names       text   not null default '',
    version     bigint not null default 0,
    search_text text generated always as (search_norm(names)) stored
);
create index person_name_id on person (name, id);
create index person_nationality on person (nationality);
create index person_search on person using gin (search_text gin_trgm_ops);

create table person_other_name (
    person_id uuid not null references person (id) on delete cascade,
    ordinal   int  not null,
    name      text not null,
    lang      text,
    note      text,
    primary key (person_id, ordinal)
);

create table position (
    id              uuid primary key default gen_random_uuid(),
    person_id       uuid   not null references person (id) on delete cascade,
    organization_id uuid   not null references organization (id),
    title           text   not null check (length(title) between 1 and 300),
    start_edtf      text,
    start_earliest  date,
    start_latest    date,
    start_precision text,
    start_note      text,
    end_edtf        text,
    end_earliest    date,
    end_latest      date,
    end_precision   text,
    end_note        text,
    version         bigint not null default 0,
    constraint position_start_precision check (start_precision in ('DAY', 'MONTH', 'SEASON', 'QUARTER',
        'QUADRIMESTER', 'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'UNKNOWN')),
    constraint position_end_precision check (end_precision in ('DAY', 'MONTH', 'SEASON', 'QUARTER',
        'QUADRIMESTER', 'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'UNKNOWN')),
    constraint position_start_complete check ((start_edtf is null) = (start_precision is null)),
    constraint position_end_complete check ((end_edtf is null) = (end_precision is null)),
    constraint position_start_bounds check (start_earliest <= start_latest),
    constraint position_end_bounds check (end_earliest <= end_latest),
    constraint position_end_after_start check (end_latest >= start_earliest)
);
create index position_person on position (person_id, start_earliest desc);
create index position_organization on position (organization_id, start_earliest desc);

-- Ids of sources kept by meetings-service: no foreign key can cross the two databases.
create table position_source (
    position_id uuid not null references position (id) on delete cascade,
    ordinal     int  not null,
    source_id   uuid not null,
    primary key (position_id, ordinal)
);
create index position_source_source on position_source (source_id);
