-- Test only (history.BaselineTest): rows that exist before V5 adds the revision log.
insert into series (slug, name) values ('defense-trilateral-talks', 'Defense Trilateral Talks');
insert into meeting (id, title, kind, status, date_edtf, earliest, latest, precision, search_from, search_to,
                     series_slug, ordinal)
    values ('00000000-0000-4000-8000-0000000000a1', 'DTT 14', 'TALKS', 'HELD', '2023-04', '2023-04-01', '2023-04-30',
            'MONTH', '2023-04-01', '2023-04-30', 'defense-trilateral-talks', 14);
insert into participant (id, meeting_id, person_id, role)
    values ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a1',
            '00000000-0000-4000-8000-0000000000b1', 'DELEGATE');
