-- The calendar a person reads dates in: null for their language's own (Solar Hijri in Persian), or 'persian' / 'gregorian'.
alter table app_user add column calendar varchar(16);
