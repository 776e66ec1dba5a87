-- The language a subscription's messages are written in, and a party's language, the default of subscriptions to
-- what it is responsible for. Null on old rows: their messages stay English.
alter table subscription add column language varchar(8);
alter table party add column language varchar(8);
