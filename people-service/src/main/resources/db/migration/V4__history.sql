-- The revision log (README.md, "History"): Envers' revision table and audit tables, and the change index that
-- history pages read. Existing rows are recorded as one CREATED revision by the editor `system`.

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

-- One row per record per revision, with the record's root (a position's person) and the fields that changed,
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
create table organization_aud (
    id           uuid   not null,
    rev          bigint not null references revision (id),
    revtype      smallint,
    name         text,
    acronym      text,
    kind         text,
    summary      text,
    country_code text,
    parent_id    uuid,
    wikidata_id  text,
    note         text,
    primary key (rev, id)
);
create index organization_aud_id on organization_aud (id, rev);

create table organization_source_aud (
    rev             bigint not null references revision (id),
    revtype         smallint,
    organization_id uuid   not null,
    ordinal         int    not null,
    source_id       uuid   not null,
    primary key (ordinal, rev, organization_id, source_id)
);
create index organization_source_aud_owner on organization_source_aud (organization_id, rev);

create table person_aud (
    id          uuid   not null,
    rev         bigint not null references revision (id),
    revtype     smallint,
    name        text,
    given_name  text,
    family_name text,
    nationality text,
    wikidata_id text,
    summary     text,
    names       text,
    primary key (rev, id)
);
create index person_aud_id on person_aud (id, rev);

create table person_other_name_aud (
    rev       bigint   not null references revision (id),
    revtype   smallint not null,
    person_id uuid     not null,
    ordinal   int      not null,
    name      text,
    lang      text,
    note      text,
    primary key (ordinal, revtype, rev, person_id)
);
create index person_other_name_aud_owner on person_other_name_aud (person_id, rev);

create table position_aud (
    id              uuid   not null,
    rev             bigint not null references revision (id),
    revtype         smallint,
    person_id       uuid,
    organization_id uuid,
    title           text,
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
    primary key (rev, id)
);
create index position_aud_id on position_aud (id, rev);

create table position_source_aud (
    rev         bigint not null references revision (id),
    revtype     smallint,
    position_id uuid   not null,
    ordinal     int    not null,
    source_id   uuid   not null,
    primary key (ordinal, rev, position_id, source_id)
);
create index position_source_aud_owner on position_source_aud (position_id, rev);

-- The baseline: every existing row, as one revision by `system`. Its changes' states and fields are filled in by
-- the service at its next start (BaselineStates), which renders each record as its API does.
do $$
declare
    baseline bigint;
begin
    if exists (select 1 from person) or exists (select 1 from organization) then
        baseline := nextval('revision_id_seq');
        insert into revision (id, at, editor_id, note)
            values (baseline, now(), 'system', 'Records that existed when the revision log started');

        insert into organization_aud (id, rev, revtype, name, acronym, kind, summary, country_code, parent_id,
                                      wikidata_id, note)
            select id, baseline, 0, name, acronym, kind, summary, country_code, parent_id, wikidata_id, note
            from organization;
        insert into organization_source_aud (rev, revtype, organization_id, ordinal, source_id)
            select baseline, 0, organization_id, ordinal, source_id from organization_source;
        insert into person_aud (id, rev, revtype, name, given_name, family_name, nationality, wikidata_id, summary,
                                names)
            select id, baseline, 0, name, given_name, family_name, nationality, wikidata_id, summary, names
            from person;
        insert into person_other_name_aud (rev, revtype, person_id, ordinal, name, lang, note)
            select baseline, 0, person_id, ordinal, name, lang, note from person_other_name;
        insert into position_aud (id, rev, revtype, person_id, organization_id, title, start_edtf, start_earliest,
                                  start_latest, start_precision, start_note, end_edtf, end_earliest, end_latest,
                                  end_precision, end_note)
            select id, baseline, 0, person_id, organization_id, title, start_edtf, start_earliest, start_latest,
                   start_precision, start_note, end_edtf, end_earliest, end_latest, end_precision, end_note
            from position;
        insert into position_source_aud (rev, revtype, position_id, ordinal, source_id)
            select baseline, 0, position_id, ordinal, source_id from position_source;

        insert into change (revision, typename, record_id, root_typename, root_id, kind)
            select baseline, 'Organization', id, 'Organization', id, 'CREATED' from organization
            union all
            select baseline, 'Person', id, 'Person', id, 'CREATED' from person
            union all
            select baseline, 'Position', id, 'Person', person_id, 'CREATED' from position;
    end if;
end
$$;
