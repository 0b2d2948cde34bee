-- Every resource of the patients in `wanted_patient(id)`, as JSON text with the patient's id, in file
-- and line order: the
-- Patient itself, and each resource whose subject or patient references one of them (`Patient/1`,
-- `urn:uuid:1` or a full URL: the id is the part after the last `/` or `:`), which the loader read
-- into `patient_id` while it parsed each line.
SELECT r.patient_id, r.resource AS json
FROM resource_lines r
JOIN wanted_patient w ON w.id = r.patient_id
WHERE r.resource_type IS NOT NULL
ORDER BY r.rowid
