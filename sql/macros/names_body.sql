-- names_body(ref, body_id, body_name): whether a register's reference to a state body (an addressee,
--   a target) names this body of the bodies register — by its id, or by its name in any case.
create or replace temp macro names_body(ref, body_id, body_name) as
    ref = body_id or lower(ref) = lower(body_name)
