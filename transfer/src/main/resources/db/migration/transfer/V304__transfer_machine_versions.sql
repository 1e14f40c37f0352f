-- A version of a listing may be machine-translated: the engine that made it is recorded, and a machine version never
-- replaces one the owner wrote. Null means the owner wrote (or had written) the version.
alter table transfer_listing_texts add column engine text;
