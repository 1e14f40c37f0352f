-- EPCIS master data (vocabulary elements) per capturing organisation, and the capture job list.
-- See docs/design/epcis-master-data.md.

-- One vocabulary element as an organisation last stated it: attributes as a jsonb object (attribute ID -> value,
-- an ID stated more than once -> the array of its values), children as IDs. A later capture replaces the row.
create table capture_master_data (
    org_id           bigint      not null references organisations (id),
    vocabulary_type  text        not null,
    element_id       text        not null,
    attributes       jsonb       not null,
    children         text[]      not null,
    updated_at       timestamptz not null,
    job_id           bigint      not null references capture_jobs (id),
    primary key (org_id, vocabulary_type, element_id)
);

-- Whether an attribute ID is the name a query gives: the full ID, or (the query schema allows only \w+ names in
-- EQ_ATTR_field_attr) its last segment after '#', '/' or ':'.
create function capture_attribute_named(attribute_id text, name text) returns boolean
    language sql immutable parallel safe as
$$ select attribute_id = name or right(attribute_id, length(name) + 1) in ('#' || name, '/' || name, ':' || name) $$;

-- The scalar values of a stored attribute value as text: a string, a number, a boolean, or each of those in an array
-- (a multi-valued attribute). Structured values and nulls yield nothing.
create function capture_attribute_texts(value jsonb) returns setof text
    language sql immutable parallel safe as
$$ select case jsonb_typeof(item) when 'string' then item #>> '{}' else item::text end
   from jsonb_array_elements(case jsonb_typeof(value) when 'array' then value else jsonb_build_array(value) end) item
   where jsonb_typeof(item) in ('string', 'number', 'boolean') $$;

-- GET /epcis/capture: an organisation's jobs, newest first.
create index capture_jobs_by_org on capture_jobs (org_id, id desc);
