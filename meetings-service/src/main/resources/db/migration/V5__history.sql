-- The revision log (README.md, "History"): Envers' revision table and audit tables, and the change index that
-- history pages read (the same design as people-service's V4__history.sql). Existing rows are recorded as one CREATED revision by the editor `system`.

-- Ids are taken by the application under an advisory lock held until commit, so they follow commit order.
create sequence revision_id_seq;
create table revision (
    id          bigint primary key,
    at          timestamptz not null,
    editor_id   text not null,
    editor_name text,
    note        text check (length(note) <= 500)
);
create index revision_at on revision (at);
create index revision_editor on revision (editor_id, id);

-- One row per record per revision, with the record's root (a participant's, mention's, statement's or date report's meeting) and the fields that changed,
-- computed at write time against `state`, the record's previous DTO. Rows are written before Envers inserts their
-- revision row in the same transaction, hence the deferred foreign key.
create table change (
    revision      bigint not null references revision (id) deferrable initially deferred,
    typename      text   not null,
    record_id     uuid   not null,
    root_typename text   not null,
    root_id       uuid   not null,
    kind          text   not null check (kind in ('CREATED', 'UPDATED', 'DELETED', 'RESTORED')),
    fields        jsonb,              -- null only for baseline rows not yet completed (BaselineStates)
    state         jsonb,              -- null once deleted
    primary key (revision, record_id)
);
create unique index change_newest_first on change (revision desc, typename, record_id);
create index change_root on change (root_typename, root_id, revision desc, typename, record_id);
create index change_record on change (record_id, revision desc);
create index change_typename on change (typename, revision desc);
create index change_pending on change (record_id) where fields is null;

-- Envers' audit tables: each row is a record's state at a revision (revtype 0 added, 1 modified, 2 deleted).
create table date_report_aud (
    earliest date,
    latest date,
    revtype smallint,
    rev bigint not null references revision (id),
    id uuid not null,
    meeting_id uuid,
    source_id uuid,
    date_edtf text,
    date_note text,
    precision text,
    quote text,
    primary key (rev, id)
);
create index date_report_aud_key on date_report_aud (id, rev);

create table meeting_aud (
    earliest date,
    latest date,
    ordinal integer,
    revtype smallint,
    search_from date,
    search_to date,
    rev bigint not null references revision (id),
    host_organization_id uuid,
    id uuid not null,
    part_of_id uuid,
    prepares_for_id uuid,
    city text,
    country_code text,
    date_edtf text,
    date_note text,
    kind text,
    precision text,
    series_slug text,
    status text,
    summary text,
    title text,
    venue text,
    country_codes text[],
    outcomes text[],
    topics text[],
    primary key (rev, id)
);
create index meeting_aud_key on meeting_aud (id, rev);

create table meeting_source_aud (
    revtype smallint,
    rev bigint not null references revision (id),
    meeting_id uuid not null,
    source_id uuid not null,
    primary key (rev, meeting_id, source_id)
);
create index meeting_source_aud_key on meeting_source_aud (meeting_id, rev);

create table mention_aud (
    revtype smallint,
    rev bigint not null references revision (id),
    id uuid not null,
    meeting_id uuid,
    mentioned_by_id uuid,
    person_id uuid,
    source_id uuid,
    basis text,
    context text,
    note text,
    primary key (rev, id)
);
create index mention_aud_key on mention_aud (id, rev);

create table participant_aud (
    revtype smallint,
    rev bigint not null references revision (id),
    id uuid not null,
    meeting_id uuid,
    person_id uuid,
    basis text,
    delegation_country_code text,
    note text,
    role text,
    title_as_reported text,
    primary key (rev, id)
);
create index participant_aud_key on participant_aud (id, rev);

create table participant_source_aud (
    revtype smallint,
    rev bigint not null references revision (id),
    participant_id uuid not null,
    source_id uuid not null,
    primary key (rev, participant_id, source_id)
);
create index participant_source_aud_key on participant_source_aud (participant_id, rev);

create table series_aud (
    revtype smallint,
    rev bigint not null references revision (id),
    acronym text,
    description text,
    name text,
    slug text not null,
    primary key (rev, slug)
);
create index series_aud_key on series_aud (slug, rev);

create table source_aud (
    published_on date,
    revtype smallint,
    rev bigint not null references revision (id),
    id uuid not null,
    publisher text,
    retrieved_from text,
    title text,
    url text,
    primary key (rev, id)
);
create index source_aud_key on source_aud (id, rev);

create table statement_aud (
    revtype smallint,
    rev bigint not null references revision (id),
    id uuid not null,
    meeting_id uuid,
    source_id uuid,
    attribution text,
    basis text,
    kind text,
    note text,
    text text,
    primary key (rev, id)
);
create index statement_aud_key on statement_aud (id, rev);

create table statement_speaker_aud (
    ordinal integer not null,
    revtype smallint,
    rev bigint not null references revision (id),
    person_id uuid not null,
    statement_id uuid not null,
    primary key (ordinal, rev, person_id, statement_id)
);
create index statement_speaker_aud_key on statement_speaker_aud (statement_id, rev);


-- The history id of a series (keyed by slug): the name-based UUID of 'Series:<slug>', as Historied.keyOf computes it.
create function history_key(name text) returns uuid
    language sql immutable strict parallel safe
    return overlay(overlay(md5(name) placing '3' from 13)
                   placing substr('89ab', (('x' || substr(md5(name), 17, 1))::bit(4)::int & 3) + 1, 1) from 17)::uuid;

-- The baseline: every existing row, as one revision by `system`. Its changes' states and fields are filled in by
-- the service at its next start (BaselineStates), which renders each record as its API does.
do $$
declare
    baseline bigint;
begin
    if exists (select 1 from meeting) or exists (select 1 from series) or exists (select 1 from source) then
        baseline := nextval('revision_id_seq');
        insert into revision (id, at, editor_id, note)
            values (baseline, now(), 'system', 'Records that existed when the revision log started');

        insert into date_report_aud (rev, revtype, earliest, latest, id, meeting_id, source_id, date_edtf, date_note, precision, quote)
            select baseline, 0, earliest, latest, id, meeting_id, source_id, date_edtf, date_note, precision, quote from date_report;
        insert into meeting_aud (rev, revtype, earliest, latest, ordinal, search_from, search_to, host_organization_id, id, part_of_id, prepares_for_id, city, country_code, date_edtf, date_note, kind, precision, series_slug, status, summary, title, venue, country_codes, outcomes, topics)
            select baseline, 0, earliest, latest, ordinal, search_from, search_to, host_organization_id, id, part_of_id, prepares_for_id, city, country_code, date_edtf, date_note, kind, precision, series_slug, status, summary, title, venue, country_codes, outcomes, topics from meeting;
        insert into meeting_source_aud (rev, revtype, meeting_id, source_id)
            select baseline, 0, meeting_id, source_id from meeting_source;
        insert into mention_aud (rev, revtype, id, meeting_id, mentioned_by_id, person_id, source_id, basis, context, note)
            select baseline, 0, id, meeting_id, mentioned_by_id, person_id, source_id, basis, context, note from mention;
        insert into participant_aud (rev, revtype, id, meeting_id, person_id, basis, delegation_country_code, note, role, title_as_reported)
            select baseline, 0, id, meeting_id, person_id, basis, delegation_country_code, note, role, title_as_reported from participant;
        insert into participant_source_aud (rev, revtype, participant_id, source_id)
            select baseline, 0, participant_id, source_id from participant_source;
        insert into series_aud (rev, revtype, acronym, description, name, slug)
            select baseline, 0, acronym, description, name, slug from series;
        insert into source_aud (rev, revtype, published_on, id, publisher, retrieved_from, title, url)
            select baseline, 0, published_on, id, publisher, retrieved_from, title, url from source;
        insert into statement_aud (rev, revtype, id, meeting_id, source_id, attribution, basis, kind, note, text)
            select baseline, 0, id, meeting_id, source_id, attribution, basis, kind, note, text from statement;
        insert into statement_speaker_aud (rev, revtype, ordinal, person_id, statement_id)
            select baseline, 0, ordinal, person_id, statement_id from statement_speaker;

        insert into change (revision, typename, record_id, root_typename, root_id, kind)
            select baseline, 'Series', history_key('Series:' || slug), 'Series', history_key('Series:' || slug),
                   'CREATED' from series
            union all
            select baseline, 'Source', id, 'Source', id, 'CREATED' from source
            union all
            select baseline, 'Meeting', id, 'Meeting', id, 'CREATED' from meeting
            union all
            select baseline, 'Participant', id, 'Meeting', meeting_id, 'CREATED' from participant
            union all
            select baseline, 'Mention', id, 'Meeting', meeting_id, 'CREATED' from mention
            union all
            select baseline, 'Statement', id, 'Meeting', meeting_id, 'CREATED' from statement
            union all
            select baseline, 'DateReport', id, 'Meeting', meeting_id, 'CREATED' from date_report;
    end if;
end
$$;
