-- member_id_key(text): a member id as typed, for matching ids: no spaces, lower case, and the
--   Cyrillic letters that look like Latin ones made Latin ("М 04", "м04" and "M04" are one id).
create or replace temp macro member_id_key(text) as
    translate(lower(regexp_replace(text, '\s+', '', 'g')), 'авекмнорстхуі', 'abekmhopctxyi')
