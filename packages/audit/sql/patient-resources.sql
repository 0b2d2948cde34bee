-- Every resource of the patients in `wanted_patient(id)`, as JSON text (DuckDB's JSON functions):
-- the Patient itself, and each resource whose subject or patient references one of them
-- (`Patient/1`, `urn:uuid:1` or a full URL: the id is the part after the last `/` or `:`).
SELECT CAST(r.resource AS VARCHAR) AS json
FROM resources r
JOIN wanted_patient w ON w.id = CASE
  WHEN json_extract_string(r.resource, '$.resourceType') = 'Patient' THEN json_extract_string(r.resource, '$.id')
  ELSE regexp_replace(COALESCE(json_extract_string(r.resource, '$.subject.reference'),
    json_extract_string(r.resource, '$.patient.reference')), '^.*[/:]', '')
END
