-- Second round of the model: more kinds of organization, and where an organization that no source names comes
-- from (its sources, kept by meetings-service, and a note).

alter table organization drop constraint organization_kind_check;
alter table organization add constraint organization_kind_check check (kind in ('MINISTRY', 'DEPARTMENT', 'AGENCY',
    'MILITARY', 'LEGISLATURE', 'HEAD_OF_STATE_OFFICE', 'THINK_TANK', 'INTERNATIONAL', 'OTHER',
    'HEAD_OF_GOVERNMENT_OFFICE', 'POLITICAL_PARTY', 'DIPLOMATIC_MISSION', 'NGO', 'COMPANY'));

alter table organization add column note text check (length(note) <= 2000);

-- Ids of sources kept by meetings-service: no foreign key can cross the two databases.
create table organization_source (
    organization_id uuid not null references organization (id) on delete cascade,
    ordinal         int  not null,
    source_id       uuid not null,
    primary key (organization_id, ordinal)
);
create index organization_source_source on organization_source (source_id);

-- A post's start or end may be known only as some day within a window (an EDTF one-of set): precision WITHIN.
alter table position drop constraint position_start_precision;
alter table position add constraint position_start_precision check (start_precision in ('DAY', 'MONTH', 'SEASON',
    'QUARTER', 'QUADRIMESTER', 'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'WITHIN', 'UNKNOWN'));
alter table position drop constraint position_end_precision;
alter table position add constraint position_end_precision check (end_precision in ('DAY', 'MONTH', 'SEASON',
    'QUARTER', 'QUADRIMESTER', 'HALF_YEAR', 'YEAR', 'DECADE', 'CENTURY', 'RANGE', 'WITHIN', 'UNKNOWN'));
