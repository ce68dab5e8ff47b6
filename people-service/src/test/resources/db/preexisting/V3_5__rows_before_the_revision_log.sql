-- Test only (history.BaselineTest): rows that exist before V4 adds the revision log.
insert into organization (id, name, kind, country_code)
    values ('00000000-0000-4000-8000-00000000000a', 'Ministry of National Defense', 'MINISTRY', 'KR');
insert into person (id, name, family_name, nationality, names)
    values ('00000000-0000-4000-8000-00000000000b', 'Lee Jong-sup', 'Lee', 'KR', 'Lee Jong-sup|이종섭');
insert into person_other_name (person_id, ordinal, name, lang) values ('00000000-0000-4000-8000-00000000000b', 0, '이종섭', 'ko');
insert into position (id, person_id, organization_id, title, start_edtf, start_earliest, start_latest, start_precision)
    values ('00000000-0000-4000-8000-00000000000c', '00000000-0000-4000-8000-00000000000b',
            '00000000-0000-4000-8000-00000000000a', 'Minister', '2022-05', '2022-05-01', '2022-05-31', 'MONTH');
