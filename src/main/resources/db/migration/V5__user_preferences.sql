-- Where a person reads times (their zone) and in which language Pacta speaks to them.
alter table app_user add column time_zone varchar(64) default 'UTC' not null;
alter table app_user add column language varchar(8);
