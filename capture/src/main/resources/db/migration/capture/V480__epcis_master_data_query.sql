-- Master data by type: EQ_ATTR_ compares attribute values by their type, and the master-data query (EQ_name,
-- WD_name) looks elements up by ID. See docs/design/epcis-master-data.md.

-- Whether a stored attribute value (a scalar, or the array of a multi-valued attribute's values) equals one of the
-- query's values, compared by the stored value's JSON type: a string equals the query text exactly, or, when the
-- query value is a date-time and the string an RFC 3339 date-time with offset, the same instant; a number equals a
-- numeric query value of the same value (5.0 = 5); a boolean equals "true" or "false". Null and structured values
-- never equal a query value. Stable, not immutable: the timestamptz cast is only taken with an explicit offset.
create function capture_attribute_matches(value jsonb, texts text[], numbers numeric[], times timestamptz[])
    returns boolean language sql stable parallel safe as
$$ select exists (
       select 1 from jsonb_array_elements(case jsonb_typeof(value) when 'array' then value
                                          else jsonb_build_array(value) end) item
       where case jsonb_typeof(item)
           when 'string' then item #>> '{}' = any (texts)
               or case when cardinality(times) = 0 then false
                       when item #>> '{}' !~ '^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$'
                           then false
                       when not pg_input_is_valid(item #>> '{}', 'timestamptz') then false
                       else (item #>> '{}')::timestamptz = any (times) end
           when 'number' then (item #>> '{}')::numeric = any (numbers)
           when 'boolean' then item #>> '{}' = any (texts)
           else false end) $$;

-- Text comparison of every scalar was the rule before; nothing uses it now.
drop function capture_attribute_texts(jsonb);

-- EQ_name / WD_name: an organisation's elements by ID, whatever their vocabulary type.
create index capture_master_data_by_element on capture_master_data (org_id, element_id);

-- The prefix bindings (prefix -> namespace) of the document that stated an element, so that the qualified member
-- names of its structured attribute values (ex:street) read back with their namespaces.
alter table capture_master_data add column namespaces jsonb not null default '{}';
