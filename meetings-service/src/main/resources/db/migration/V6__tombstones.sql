-- People and organizations of people-service that are being deleted, or were (README.md, "Deleting a person or an
-- organization"). A write that would refer to one is refused. Not audited: a tombstone is not a record of this
-- service but a marker of another's deletion, whose DELETED change people-service's log keeps.
create table tombstone (
    typename text        not null check (typename in ('Person', 'Organization')),
    id       uuid        not null,
    since    timestamptz not null default now(),
    primary key (typename, id)
);
