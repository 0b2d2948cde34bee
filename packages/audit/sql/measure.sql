-- The low back pain imaging measure (modelled on HEDIS LBP, MY 2025; ../shared/interop/quality-measures.md §1)
-- as SQL over the ViewDefinition tables. Portable subset, run unchanged on DuckDB and PostgreSQL:
-- CREATE TABLE AS, CASE, COALESCE, SUBSTRING, CAST, LIKE, window functions, INTERVAL 'n' DAY,
-- and `date - date` for a number of days (the one expression Trino and Spark spell differently:
-- date_diff('day', a, b) / datediff(b, a)).
-- Inputs: the view tables, code_set(value_set, system, code, is_prefix) and
-- measure_period(year, year_start, intake_end, year_end, prior_year_start), one row.
-- Outputs: m_patient, m_exclusion, m_imaging, m_strata.

-- Claims and explanations of benefit, as the claims-based measure reads them: each one a visit
-- (keyed `Claim/key`, `ExplanationOfBenefit/key`), its diagnoses (sequence 1 or type principal is the
-- principal one) and its lines (imaging, surgery, hospice services; the place of service).
CREATE TABLE m_claim AS
SELECT 'Claim/' || key AS key, 'Claim' AS resource_type, id, patient_key, status, type_system, type_code,
  subtype_system, subtype_code, start_time, created
FROM claim
UNION ALL
SELECT 'ExplanationOfBenefit/' || key, 'ExplanationOfBenefit', id, patient_key, status, type_system, type_code,
  subtype_system, subtype_code, start_time, created
FROM explanation_of_benefit;

CREATE TABLE m_claim_diagnosis AS
SELECT 'Claim/' || claim_key AS claim_key, 'Claim' AS resource_type, sequence, type_code, condition_key, system, code
FROM claim_diagnosis
UNION ALL
SELECT 'ExplanationOfBenefit/' || claim_key, 'ExplanationOfBenefit', sequence, type_code, condition_key, system, code
FROM explanation_of_benefit_diagnosis;

CREATE TABLE m_claim_item AS
SELECT 'Claim/' || claim_key AS claim_key, COALESCE(served, served_start) AS served,
  COALESCE(pos_system, 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set') AS pos_system,
  pos_code, system, code
FROM claim_item
UNION ALL
SELECT 'ExplanationOfBenefit/' || claim_key, COALESCE(served, served_start),
  COALESCE(pos_system, 'https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set'),
  pos_code, system, code
FROM explanation_of_benefit_item;

-- Codes of the data, normalised (ICD-10 without dots, upper case), matched once to the code sets.
-- An encounter class or a series modality without a system is read in the only system R4 binds it to.
CREATE TABLE m_code AS
SELECT DISTINCT d.system, d.code, s.value_set
FROM (
  SELECT system, code FROM condition
  UNION SELECT system, code FROM encounter_reason
  UNION SELECT system, code FROM encounter_type
  UNION SELECT system, code FROM procedure
  UNION SELECT system, code FROM procedure_reason
  UNION SELECT system, code FROM imaging_study
  UNION SELECT system, code FROM imaging_reason
  UNION SELECT COALESCE(modality_system, 'http://dicom.nema.org/resources/ontology/DCM'), modality_code FROM imaging_series
  UNION SELECT body_site_system, body_site_code FROM imaging_series
  UNION SELECT system, code FROM service_request
  UNION SELECT system, code FROM service_request_reason
  UNION SELECT system, code FROM diagnostic_report
  UNION SELECT COALESCE(class_system, 'http://terminology.hl7.org/CodeSystem/v3-ActCode'), class_code FROM encounter
  UNION SELECT discharge_system, discharge_code FROM encounter
  UNION SELECT type_system, type_code FROM m_claim
  UNION SELECT subtype_system, subtype_code FROM m_claim
  UNION SELECT system, code FROM m_claim_diagnosis
  UNION SELECT system, code FROM m_claim_item
  UNION SELECT pos_system, pos_code FROM m_claim_item
  UNION SELECT system, code FROM medication_dispense
  UNION SELECT system, code FROM medication_request
  UNION SELECT system, code FROM medication_statement
  UNION SELECT system, code FROM medication_administration
  UNION SELECT system, code FROM medication
) d
JOIN code_set s
  ON s.system = d.system
  AND (s.code = UPPER(REPLACE(d.code, '.', ''))
    OR (s.is_prefix = 1 AND UPPER(REPLACE(d.code, '.', '')) LIKE s.code || '%'))
WHERE d.code IS NOT NULL;

-- Every name and coding of the medication of a dispensing, administration, prescription or statement of use
-- (its own coding and text, a contained Medication's, or a referenced Medication's), keyed by supply.
CREATE TABLE m_med_name AS
SELECT 'D/' || m.key AS supply_key, m.system, m.code,
  LOWER(COALESCE(m.text, '') || ' ' || COALESCE(m.contained_text, '') || ' ' || COALESCE(m.display, '')) AS label
FROM medication_dispense m
UNION ALL
SELECT 'R/' || m.key, m.system, m.code,
  LOWER(COALESCE(m.text, '') || ' ' || COALESCE(m.contained_text, '') || ' ' || COALESCE(m.display, ''))
FROM medication_request m
UNION ALL
SELECT 'S/' || m.key, m.system, m.code,
  LOWER(COALESCE(m.text, '') || ' ' || COALESCE(m.contained_text, '') || ' ' || COALESCE(m.display, ''))
FROM medication_statement m
UNION ALL
SELECT 'A/' || m.key, m.system, m.code,
  LOWER(COALESCE(m.text, '') || ' ' || COALESCE(m.contained_text, '') || ' ' || COALESCE(m.display, ''))
FROM medication_administration m
UNION ALL
SELECT n.supply_key, d.system, d.code, LOWER(COALESCE(d.text, '') || ' ' || COALESCE(d.display, ''))
FROM (
  SELECT 'D/' || key AS supply_key, medication_key FROM medication_dispense
  UNION SELECT 'R/' || key, medication_key FROM medication_request
  UNION SELECT 'S/' || key, medication_key FROM medication_statement
  UNION SELECT 'A/' || key, medication_key FROM medication_administration
) n
JOIN medication d ON d.key = n.medication_key;

-- Medication texts matched by ingredient name (the code sets' system 'name').
CREATE TABLE m_med_text AS
SELECT DISTINCT d.label, s.value_set
FROM (SELECT DISTINCT label FROM m_med_name) d
JOIN code_set s ON s.system = 'name' AND d.label LIKE '%' || s.code || '%';

-- The day each encounter's conditions were first recorded (for an encounter without a period).
CREATE TABLE m_encounter_recorded AS
SELECT l.encounter_key, MIN(SUBSTRING(c.recorded, 1, 10)) AS recorded
FROM (
  SELECT key AS condition_key, encounter_key FROM condition WHERE encounter_key IS NOT NULL
  UNION SELECT condition_key, encounter_key FROM encounter_diagnosis WHERE condition_key IS NOT NULL
) l
JOIN condition c ON c.key = l.condition_key
WHERE LENGTH(c.recorded) >= 10
GROUP BY l.encounter_key;

-- Encounters that count: not cancelled; dated (the period's start, else its end, else the day its
-- conditions were recorded); inpatient stays (by class or type) flagged.
CREATE TABLE m_encounter AS
SELECT e.key, e.patient_key,
  CAST(SUBSTRING(COALESCE(e.start_time, e.end_time, r.recorded), 1, 10) AS DATE) AS visit_date,
  CASE WHEN EXISTS (
    SELECT 1 FROM m_code c
    WHERE c.system = COALESCE(e.class_system, 'http://terminology.hl7.org/CodeSystem/v3-ActCode')
      AND c.code = e.class_code AND c.value_set = 'inpatient-stay'
  ) OR EXISTS (
    SELECT 1 FROM encounter_type t JOIN m_code c ON c.system = t.system AND c.code = t.code
    WHERE t.encounter_key = e.key AND c.value_set = 'inpatient-stay'
  ) THEN 1 ELSE 0 END AS inpatient
FROM encounter e
LEFT JOIN m_encounter_recorded r ON r.encounter_key = e.key
WHERE LENGTH(COALESCE(e.start_time, e.end_time, r.recorded)) >= 10
  AND (e.status IS NULL OR e.status NOT IN ('cancelled', 'entered-in-error', 'planned'))
UNION ALL
-- A claim: on its billable period's start, else its first line's day, else the day it was made;
-- inpatient by its type or subtype, or a line's place of service; a lab claim (place of service 81)
-- is not read at all.
SELECT c.key, c.patient_key,
  CAST(SUBSTRING(COALESCE(c.start_time, i.served, c.created), 1, 10) AS DATE),
  CASE WHEN EXISTS (
    SELECT 1 FROM m_code k
    WHERE k.value_set = 'inpatient-stay'
      AND ((k.system = c.type_system AND k.code = c.type_code) OR (k.system = c.subtype_system AND k.code = c.subtype_code))
  ) OR EXISTS (
    SELECT 1 FROM m_claim_item l JOIN m_code k ON k.system = l.pos_system AND k.code = l.pos_code
    WHERE l.claim_key = c.key AND k.value_set = 'inpatient-stay'
  ) THEN 1 ELSE 0 END
FROM m_claim c
LEFT JOIN (SELECT claim_key, MIN(served) AS served FROM m_claim_item GROUP BY claim_key) i ON i.claim_key = c.key
WHERE LENGTH(COALESCE(c.start_time, i.served, c.created, '')) >= 10
  AND (c.status IS NULL OR c.status NOT IN ('cancelled', 'entered-in-error', 'draft'))
  AND NOT EXISTS (
    SELECT 1 FROM m_claim_item l JOIN m_code k ON k.system = l.pos_system AND k.code = l.pos_code
    WHERE l.claim_key = c.key AND k.value_set = 'lab-claim'
  );

-- Visits that lead to an inpatient stay (an emergency or other visit on the day of, or the day
-- before, an admission) do not qualify either.
CREATE TABLE m_visit AS
SELECT v.key, v.patient_key, v.visit_date,
  CASE WHEN v.inpatient = 1 OR EXISTS (
    SELECT 1 FROM m_encounter i
    WHERE i.patient_key = v.patient_key AND i.inpatient = 1
      AND i.visit_date >= v.visit_date AND i.visit_date <= v.visit_date + INTERVAL '1' DAY
  ) THEN 1 ELSE 0 END AS inpatient
FROM m_encounter v;

-- Conditions that are not refuted or entered in error, with two dates of their own (a year or a
-- month alone: its first day; NULL when the condition has none, and a visit that names it dates it):
-- `recorded_date`, when it was diagnosed (recordedDate, else the onset), and `onset_date`, when it
-- began (the onset, else recordedDate).
CREATE TABLE m_condition AS
SELECT c.key, c.patient_key, c.encounter_key, c.system, c.code, c.problem_list,
  CAST(CASE
    WHEN LENGTH(c.recorded_text) >= 10 THEN SUBSTRING(c.recorded_text, 1, 10)
    WHEN LENGTH(c.recorded_text) = 7 THEN c.recorded_text || '-01'
    WHEN LENGTH(c.recorded_text) = 4 THEN c.recorded_text || '-01-01'
  END AS DATE) AS recorded_date,
  CAST(CASE
    WHEN LENGTH(c.onset_text) >= 10 THEN SUBSTRING(c.onset_text, 1, 10)
    WHEN LENGTH(c.onset_text) = 7 THEN c.onset_text || '-01'
    WHEN LENGTH(c.onset_text) = 4 THEN c.onset_text || '-01-01'
  END AS DATE) AS onset_date
FROM (
  SELECT key, patient_key, encounter_key, system, code, verification_status, problem_list,
    COALESCE(recorded, onset, onset_start) AS recorded_text, COALESCE(onset, onset_start, recorded) AS onset_text
  FROM condition
) c
WHERE c.verification_status IS NULL OR c.verification_status NOT IN ('refuted', 'entered-in-error');

-- Encounters that rank their diagnoses: only rank 1 is principal there.
CREATE TABLE m_ranked AS
SELECT DISTINCT encounter_key FROM encounter_diagnosis WHERE diagnosis_rank IS NOT NULL;

-- Conditions named by a visit: its reason references and its diagnoses (ranked or not).
CREATE TABLE m_visit_condition AS
SELECT encounter_key, condition_key FROM encounter_reason WHERE condition_key IS NOT NULL
UNION SELECT encounter_key, condition_key FROM encounter_diagnosis WHERE condition_key IS NOT NULL
UNION SELECT claim_key, condition_key FROM m_claim_diagnosis WHERE condition_key IS NOT NULL;

-- Every diagnosis with its date: on a visit (the visit's date; principal when rank 1, or, when the
-- visit ranks nothing, any of its diagnoses but a comorbidity (use CM), reason codes, reason references
-- or linked conditions) or, for a
-- condition no visit names, on its own: low back pain and the conditions counted per date of service
-- (frailty, advanced illness, palliative care, hospice) when recorded; the conditions that warrant
-- imaging (cancer, trauma, ...) when they began, so a history documented later still dates from then.
CREATE TABLE m_diagnosis AS
SELECT v.patient_key, v.visit_date AS dx_date, v.key AS encounter_key, v.inpatient,
  CASE WHEN d.diagnosis_rank = 1 OR (r.encounter_key IS NULL AND (d.diagnosis_use IS NULL OR d.diagnosis_use <> 'CM'))
    THEN 1 ELSE 0 END AS principal, k.value_set
FROM encounter_diagnosis d
JOIN m_visit v ON v.key = d.encounter_key
JOIN m_condition c ON c.key = d.condition_key
JOIN m_code k ON k.system = c.system AND k.code = c.code
LEFT JOIN m_ranked r ON r.encounter_key = d.encounter_key
UNION ALL
SELECT v.patient_key, v.visit_date, v.key, v.inpatient,
  CASE WHEN r.encounter_key IS NULL THEN 1 ELSE 0 END, k.value_set
FROM (
  SELECT encounter_key, system, code FROM encounter_reason WHERE condition_key IS NULL
  UNION ALL
  SELECT r.encounter_key, c.system, c.code FROM encounter_reason r JOIN m_condition c ON c.key = r.condition_key
  UNION ALL SELECT encounter_key, system, code FROM m_condition WHERE encounter_key IS NOT NULL
) e
JOIN m_visit v ON v.key = e.encounter_key
JOIN m_code k ON k.system = e.system AND k.code = e.code
LEFT JOIN m_ranked r ON r.encounter_key = e.encounter_key
UNION ALL
SELECT v.patient_key, v.visit_date, v.key, v.inpatient,
  CASE WHEN d.sequence = 1 OR d.type_code = 'principal' THEN 1 ELSE 0 END, k.value_set
FROM (
  SELECT claim_key, sequence, type_code, system, code FROM m_claim_diagnosis WHERE condition_key IS NULL
  UNION ALL
  SELECT d.claim_key, d.sequence, d.type_code, c.system, c.code
  FROM m_claim_diagnosis d JOIN m_condition c ON c.key = d.condition_key
) d
JOIN m_visit v ON v.key = d.claim_key
JOIN m_code k ON k.system = d.system AND k.code = d.code
UNION ALL
-- A low back pain diagnosis (not a problem-list entry or health concern) that names no visit, and
-- no visit names, recorded on the day of a visit of the patient: a diagnosis of that visit.
SELECT v.patient_key, v.visit_date, v.key, v.inpatient,
  CASE WHEN r.encounter_key IS NULL THEN 1 ELSE 0 END, k.value_set
FROM m_condition c
JOIN m_code k ON k.system = c.system AND k.code = c.code AND k.value_set = 'low-back-pain'
JOIN m_visit v ON v.patient_key = c.patient_key AND v.visit_date = c.recorded_date
LEFT JOIN m_ranked r ON r.encounter_key = v.key
WHERE (c.problem_list IS NULL OR c.problem_list = FALSE)
  AND NOT EXISTS (SELECT 1 FROM m_visit x WHERE x.key = c.encounter_key)
  AND NOT EXISTS (
    SELECT 1 FROM m_visit_condition l JOIN m_visit x ON x.key = l.encounter_key WHERE l.condition_key = c.key
  )
UNION ALL
SELECT c.patient_key,
  CASE WHEN k.value_set IN ('low-back-pain', 'frailty', 'advanced-illness', 'palliative-care', 'hospice')
    THEN c.recorded_date ELSE c.onset_date END,
  NULL, 0, 0, k.value_set
FROM m_condition c
JOIN m_code k ON k.system = c.system AND k.code = c.code
WHERE NOT EXISTS (SELECT 1 FROM m_visit v WHERE v.key = c.encounter_key)
  AND NOT EXISTS (
    SELECT 1 FROM m_visit_condition l JOIN m_visit v ON v.key = l.encounter_key WHERE l.condition_key = c.key
  );

-- Patients with a low back pain diagnosis in the measurement year: the population the result lists.
CREATE TABLE m_candidate AS
SELECT p.key AS patient_key, p.id, pp.year - CAST(SUBSTRING(p.birth_date, 1, 4) AS INTEGER) AS age,
  MIN(d.dx_date) AS first_dx
FROM patient p
JOIN m_diagnosis d ON d.patient_key = p.key AND d.value_set = 'low-back-pain'
CROSS JOIN measure_period pp
WHERE d.dx_date >= pp.year_start AND d.dx_date <= pp.year_end
GROUP BY p.key, p.id, pp.year, p.birth_date;

-- Index episode start date: the earliest principal low back pain diagnosis on a visit that is not
-- an inpatient stay (or leads to one), in the intake period (1 January to 3 December).
CREATE TABLE m_iesd AS
SELECT d.patient_key, MIN(d.dx_date) AS iesd
FROM m_diagnosis d
CROSS JOIN measure_period pp
WHERE d.value_set = 'low-back-pain' AND d.principal = 1 AND d.inpatient = 0 AND d.encounter_key IS NOT NULL
  AND d.dx_date >= pp.year_start AND d.dx_date <= pp.intake_end
GROUP BY d.patient_key;

-- Eligibility, in order: age 18-75 on 31 December; a diagnosis in the intake period; a qualifying
-- visit; no low back pain diagnosis of any kind in the 180 days before the IESD.
CREATE TABLE m_eligibility AS
SELECT c.patient_key, c.id, c.age, i.iesd,
  CASE
    WHEN c.age IS NULL OR c.age < 18 OR c.age > 75 THEN 'age'
    WHEN NOT EXISTS (
      SELECT 1 FROM m_diagnosis d CROSS JOIN measure_period pp
      WHERE d.patient_key = c.patient_key AND d.value_set = 'low-back-pain'
        AND d.dx_date >= pp.year_start AND d.dx_date <= pp.intake_end
    ) THEN 'intake-period'
    WHEN i.iesd IS NULL THEN 'no-qualifying-visit'
    WHEN EXISTS (
      SELECT 1 FROM m_diagnosis d
      WHERE d.patient_key = c.patient_key AND d.value_set = 'low-back-pain'
        AND d.dx_date >= i.iesd - INTERVAL '180' DAY AND d.dx_date < i.iesd
    ) THEN 'prior-lbp-diagnosis'
  END AS reason
FROM m_candidate c
LEFT JOIN m_iesd i ON i.patient_key = c.patient_key;

CREATE TABLE m_eligible AS
SELECT patient_key, age, iesd FROM m_eligibility WHERE reason IS NULL;

-- Events that may exclude a patient: diagnoses, procedures, encounter types, discharges to hospice
-- (on the day of discharge), hospice and palliative care orders; dated (a year or a month alone: its
-- first day), or NULL when the record gives no date.
CREATE TABLE m_event AS
SELECT patient_key, dx_date AS event_date, value_set FROM m_diagnosis
UNION ALL
SELECT p.patient_key, CAST(CASE
    WHEN LENGTH(p.dated) >= 10 THEN SUBSTRING(p.dated, 1, 10)
    WHEN LENGTH(p.dated) = 7 THEN p.dated || '-01'
    WHEN LENGTH(p.dated) = 4 THEN p.dated || '-01-01'
  END AS DATE), k.value_set
FROM (
  SELECT p.patient_key, p.system, p.code, p.status,
    COALESCE(p.performed, p.performed_start, SUBSTRING(e.start_time, 1, 10)) AS dated
  FROM procedure p
  LEFT JOIN encounter e ON e.key = p.encounter_key
) p
JOIN m_code k ON k.system = p.system AND k.code = p.code
WHERE p.status IS NULL OR p.status IN ('completed', 'in-progress')
UNION ALL
SELECT v.patient_key, v.visit_date, k.value_set
FROM encounter_type t
JOIN m_visit v ON v.key = t.encounter_key
JOIN m_code k ON k.system = t.system AND k.code = t.code
UNION ALL
SELECT v.patient_key, COALESCE(CAST(SUBSTRING(i.served, 1, 10) AS DATE), v.visit_date), k.value_set
FROM m_claim_item i
JOIN m_visit v ON v.key = i.claim_key
JOIN m_code k ON k.system = i.system AND k.code = i.code
UNION ALL
SELECT e.patient_key, CAST(SUBSTRING(COALESCE(e.end_time, e.start_time), 1, 10) AS DATE), k.value_set
FROM encounter e
JOIN m_code k ON k.system = e.discharge_system AND k.code = e.discharge_code
WHERE LENGTH(COALESCE(e.end_time, e.start_time, '')) >= 10
  AND (e.status IS NULL OR e.status NOT IN ('cancelled', 'entered-in-error', 'planned'))
UNION ALL
SELECT s.patient_key, CAST(SUBSTRING(COALESCE(s.occurrence, s.occurrence_start, s.authored), 1, 10) AS DATE),
  k.value_set
FROM service_request s
JOIN m_code k ON k.system = s.system AND k.code = s.code AND k.value_set IN ('hospice', 'palliative-care')
WHERE LENGTH(COALESCE(s.occurrence, s.occurrence_start, s.authored, '')) >= 10
  AND (s.status IS NULL OR s.status NOT IN ('revoked', 'entered-in-error', 'draft'));

-- Medications as supplies, each with its first day and days supplied: the days supply (in weeks,
-- months or years: 7, 30, 365 days each), else the quantity over the daily dose (a dose of one unit
-- when the timing gives no dose), else none. Dispensings and administrations (source 1; an
-- administration is one day); prescriptions (2: the day authored, the supply times one plus the
-- repeats allowed); statements of use (3: the period of use, an active one up to the day asserted).
CREATE TABLE m_supply AS
SELECT 'D/' || s.key AS key, s.patient_key, 1 AS source, s.fill_date,
  CAST(CASE
    WHEN s.amount IS NOT NULL THEN s.amount * CASE
      WHEN s.unit IN ('wk', 'week', 'weeks') THEN 7
      WHEN s.unit IN ('mo', 'month', 'months') THEN 30
      WHEN s.unit IN ('a', 'year', 'years') THEN 365
      ELSE 1 END
    WHEN s.quantity IS NOT NULL AND s.frequency IS NOT NULL
      THEN FLOOR(s.quantity * COALESCE(s.period, 1) * CASE s.period_unit
      WHEN 'min' THEN 1.0 / 1440 WHEN 'h' THEN 1.0 / 24 WHEN 'wk' THEN 7 WHEN 'mo' THEN 30 WHEN 'a' THEN 365
      ELSE 1 END
        / (COALESCE(s.dose, 1) * s.frequency))
    ELSE 0 END AS INTEGER) AS days
FROM (
  SELECT DISTINCT key, patient_key, CAST(SUBSTRING(COALESCE(handed_over, prepared), 1, 10) AS DATE) AS fill_date,
    days_supply AS amount, LOWER(days_supply_unit) AS unit, quantity, dose, frequency, period, period_unit
  FROM medication_dispense
  WHERE LENGTH(COALESCE(handed_over, prepared, '')) >= 10 AND (status IS NULL OR status = 'completed')
) s
UNION ALL
SELECT 'A/' || key, patient_key, 1, CAST(SUBSTRING(COALESCE(effective, effective_start), 1, 10) AS DATE), 1
FROM (
  SELECT DISTINCT key, patient_key, effective, effective_start FROM medication_administration
  WHERE LENGTH(COALESCE(effective, effective_start, '')) >= 10
    AND (status IS NULL OR status IN ('completed', 'in-progress'))
) a
UNION ALL
SELECT 'R/' || s.key, s.patient_key, 2, s.fill_date,
  CAST(CASE
    WHEN s.amount IS NOT NULL THEN s.amount * (1 + COALESCE(s.repeats, 0)) * CASE
      WHEN s.unit IN ('wk', 'week', 'weeks') THEN 7
      WHEN s.unit IN ('mo', 'month', 'months') THEN 30
      WHEN s.unit IN ('a', 'year', 'years') THEN 365
      ELSE 1 END
    WHEN s.quantity IS NOT NULL AND s.frequency IS NOT NULL
      THEN FLOOR(s.quantity * COALESCE(s.period, 1) * CASE s.period_unit
      WHEN 'min' THEN 1.0 / 1440 WHEN 'h' THEN 1.0 / 24 WHEN 'wk' THEN 7 WHEN 'mo' THEN 30 WHEN 'a' THEN 365
      ELSE 1 END
        / (COALESCE(s.dose, 1) * s.frequency)) * (1 + COALESCE(s.repeats, 0))
    ELSE 0 END AS INTEGER)
FROM (
  SELECT DISTINCT key, patient_key, CAST(SUBSTRING(authored, 1, 10) AS DATE) AS fill_date,
    days_supply AS amount, repeats, LOWER(days_supply_unit) AS unit, quantity, dose, frequency, period, period_unit
  FROM medication_request
  WHERE LENGTH(authored) >= 10 AND (status IS NULL OR status IN ('active', 'completed'))
) s
UNION ALL
SELECT 'S/' || s.key, s.patient_key, 3, s.first_day,
  CASE WHEN s.last_day >= s.first_day THEN CAST(s.last_day - s.first_day AS INTEGER) + 1 ELSE 1 END
FROM (
  SELECT DISTINCT key, patient_key,
    CAST(SUBSTRING(COALESCE(effective, effective_start, asserted), 1, 10) AS DATE) AS first_day,
    CAST(SUBSTRING(COALESCE(effective_end, CASE WHEN status IS NULL OR status = 'active' THEN asserted END,
      effective, effective_start, asserted), 1, 10) AS DATE) AS last_day
  FROM medication_statement
  WHERE LENGTH(COALESCE(effective, effective_start, asserted, '')) >= 10
    AND LENGTH(COALESCE(effective_end, effective, effective_start, asserted)) >= 10
    AND (status IS NULL OR status IN ('active', 'completed', 'stopped'))
) s;

-- Each supply in the medication lists it belongs to, by ingredient name or by code.
CREATE TABLE m_medication_any AS
SELECT s.key, s.patient_key, s.source, s.fill_date, s.days, n.value_set
FROM m_supply s
JOIN (
  SELECT n.supply_key, t.value_set FROM m_med_name n JOIN m_med_text t ON t.label = n.label
  UNION
  SELECT n.supply_key, k.value_set FROM m_med_name n JOIN m_code k ON k.system = n.system AND k.code = n.code
) n ON n.supply_key = s.key;

-- Per patient and list, the best source recorded: dispensings and administrations, else
-- prescriptions, else statements (claims record dispensings; the others only approximate them).
CREATE TABLE m_medication AS
SELECT key, patient_key, fill_date, days, value_set
FROM (
  SELECT key, patient_key, source, fill_date, days, value_set,
    MIN(source) OVER (PARTITION BY patient_key, value_set) AS best
  FROM m_medication_any
) m
WHERE source = best;

-- Prolonged corticosteroids (§1.5): fills in [IESD - 365, IESD]; a fill starts when the one before
-- is used up (shifted end = running max of (start - supply before it) + supply so far - 1); days
-- after the IESD do not count; a run of 90 or more consecutive covered days excludes.
CREATE TABLE m_steroid_fill AS
SELECT e.patient_key, e.iesd - DATE '1970-01-01' AS iesd_day, m.fill_date - DATE '1970-01-01' AS start_day,
  m.days, ROW_NUMBER() OVER (PARTITION BY e.patient_key ORDER BY m.fill_date, m.key) AS n
FROM m_eligible e
JOIN m_medication m ON m.patient_key = e.patient_key AND m.value_set = 'corticosteroids'
WHERE m.days > 0 AND m.fill_date >= e.iesd - INTERVAL '365' DAY AND m.fill_date <= e.iesd;

CREATE TABLE m_steroid_supply AS
SELECT patient_key, iesd_day, n, days,
  SUM(days) OVER (PARTITION BY patient_key ORDER BY n ROWS UNBOUNDED PRECEDING) AS supplied,
  start_day - SUM(days) OVER (PARTITION BY patient_key ORDER BY n ROWS UNBOUNDED PRECEDING) + days AS anchor
FROM m_steroid_fill;

CREATE TABLE m_steroid_covered AS
SELECT patient_key, n, iesd_day, last_day - days + 1 AS first_day,
  CASE WHEN last_day > iesd_day THEN iesd_day ELSE last_day END AS last_day
FROM (
  SELECT patient_key, n, iesd_day, days,
    MAX(anchor) OVER (PARTITION BY patient_key ORDER BY n ROWS UNBOUNDED PRECEDING) + supplied - 1 AS last_day
  FROM m_steroid_supply
) s
WHERE last_day - days + 1 <= iesd_day;

CREATE TABLE m_steroid_run AS
SELECT patient_key, first_day, last_day,
  SUM(gap) OVER (PARTITION BY patient_key ORDER BY n ROWS UNBOUNDED PRECEDING) AS run
FROM (
  SELECT patient_key, n, first_day, last_day,
    CASE WHEN first_day > LAG(last_day) OVER (PARTITION BY patient_key ORDER BY n) + 1 THEN 1 ELSE 0 END AS gap
  FROM m_steroid_covered
) c;

-- Required exclusions, each with its look-back window (§1.4); an osteoporosis medication given as a
-- procedure (an infusion or injection coded on a procedure or a claim line) is osteoporosis treatment.
CREATE TABLE m_exclusion AS
SELECT DISTINCT e.patient_key,
  CASE WHEN x.value_set = 'osteoporosis-medications' THEN 'osteoporosis' ELSE x.value_set END AS reason
FROM m_eligible e
JOIN m_event x ON x.patient_key = e.patient_key
CROSS JOIN measure_period pp
WHERE (x.value_set IN ('cancer', 'hiv', 'organ-transplant', 'osteoporosis', 'spondylopathy', 'lumbar-surgery',
      'osteoporosis-medications')
    AND (x.event_date IS NULL OR x.event_date <= e.iesd + INTERVAL '28' DAY))
  OR (x.value_set IN ('iv-drug-abuse', 'neurologic-impairment', 'spinal-infection')
    AND x.event_date >= e.iesd - INTERVAL '365' DAY AND x.event_date <= e.iesd + INTERVAL '28' DAY)
  OR (x.value_set IN ('trauma', 'fragility-fracture')
    AND x.event_date >= e.iesd - INTERVAL '90' DAY AND x.event_date <= e.iesd + INTERVAL '28' DAY)
  OR (x.value_set IN ('hospice', 'palliative-care')
    AND x.event_date >= pp.year_start AND x.event_date <= pp.year_end)
UNION
SELECT e.patient_key, 'osteoporosis'
FROM m_eligible e
JOIN m_medication m ON m.patient_key = e.patient_key AND m.value_set = 'osteoporosis-medications'
WHERE m.fill_date <= e.iesd + INTERVAL '28' DAY
UNION
SELECT patient_key, 'corticosteroids'
FROM m_steroid_run
GROUP BY patient_key, run
HAVING MAX(last_day) - MIN(first_day) + 1 >= 90
UNION
SELECT e.patient_key, 'death'
FROM m_eligible e
JOIN patient p ON p.key = e.patient_key
CROSS JOIN measure_period pp
WHERE p.deceased_boolean = TRUE
  OR (LENGTH(p.deceased_date_time) >= 4 AND CAST(SUBSTRING(p.deceased_date_time, 1, 4) AS INTEGER) = pp.year)
UNION
-- Frailty (2+ dates in the year) and advanced illness (2+ dates, or a dementia medication, in the
-- year or the year before), aged 66 or more.
SELECT e.patient_key, 'frailty-advanced-illness'
FROM m_eligible e
CROSS JOIN measure_period pp
WHERE e.age >= 66
  AND (
    SELECT COUNT(DISTINCT x.event_date) FROM m_event x
    WHERE x.patient_key = e.patient_key AND x.value_set = 'frailty'
      AND x.event_date >= pp.year_start AND x.event_date <= pp.year_end
  ) >= 2
  AND ((
    SELECT COUNT(DISTINCT x.event_date) FROM m_event x
    WHERE x.patient_key = e.patient_key AND x.value_set = 'advanced-illness'
      AND x.event_date >= pp.prior_year_start AND x.event_date <= pp.year_end
  ) >= 2 OR EXISTS (
    SELECT 1 FROM m_medication m
    WHERE m.patient_key = e.patient_key AND m.value_set = 'dementia-medications'
      AND m.fill_date >= pp.prior_year_start AND m.fill_date <= pp.year_end
  ));

-- Reasons of imaging studies, orders and procedures (codes, or the codes of the conditions they
-- reference), and the diagnoses of claims: 1 when one is low back pain, 0 when none is. A reference to no known condition is no
-- documented reason.
CREATE TABLE m_study_reason AS
SELECT r.resource_type, r.key, MAX(CASE WHEN k.value_set = 'low-back-pain' THEN 1 ELSE 0 END) AS lbp
FROM (
  SELECT resource_type, key, system, code FROM (
    SELECT 'ImagingStudy' AS resource_type, study_key AS key, system, code, condition_key FROM imaging_reason
    UNION ALL SELECT 'Procedure', procedure_key, system, code, condition_key FROM procedure_reason
    UNION ALL SELECT 'ServiceRequest', request_key, system, code, condition_key FROM service_request_reason
    UNION ALL SELECT resource_type, claim_key, system, code, condition_key FROM m_claim_diagnosis
  ) c
  WHERE condition_key IS NULL
  UNION ALL
  SELECT l.resource_type, l.key, c.system, c.code
  FROM (
    SELECT 'ImagingStudy' AS resource_type, study_key AS key, condition_key FROM imaging_reason
    UNION ALL SELECT 'Procedure', procedure_key, condition_key FROM procedure_reason
    UNION ALL SELECT 'ServiceRequest', request_key, condition_key FROM service_request_reason
    UNION ALL SELECT resource_type, claim_key, condition_key FROM m_claim_diagnosis
  ) l
  JOIN m_condition c ON c.key = l.condition_key
) r
LEFT JOIN m_code k ON k.system = r.system AND k.code = r.code
GROUP BY r.resource_type, r.key;

-- Lumbar imaging studies (ImagingStudy, Procedure, a completed ServiceRequest, or a DiagnosticReport
-- with results, preliminary ones included: the study was done) with a lumbar X-ray, CT or MRI code,
-- or an ImagingStudy with an X-ray, CT or MR series of the lumbar spine, or a claim line with such a
-- code (on the line's day, else the claim's). A study with no date of its own is on its visit's day.
CREATE TABLE m_study_coded AS
SELECT s.resource_type || '/' || s.id AS study_ref, s.patient_key, s.encounter_key, s.location_ref,
  s.practitioner_ref, s.system, s.code,
  CASE WHEN LENGTH(s.on_day) >= 10 THEN CAST(SUBSTRING(s.on_day, 1, 10) AS DATE) ELSE e.visit_date END AS study_date,
  k.value_set AS modality, r.lbp AS lbp_reason
FROM (
  SELECT 'ImagingStudy' AS resource_type, key, id, patient_key, encounter_key, location_ref, practitioner_ref,
    system, code, COALESCE(started, series_started) AS on_day
  FROM imaging_study WHERE status IS NULL OR status NOT IN ('cancelled', 'entered-in-error')
  UNION ALL
  SELECT DISTINCT 'ImagingStudy', i.key, i.id, i.patient_key, i.encounter_key, i.location_ref, i.practitioner_ref,
    COALESCE(s.modality_system, 'http://dicom.nema.org/resources/ontology/DCM'), s.modality_code,
    COALESCE(i.started, i.series_started)
  FROM imaging_study i
  JOIN imaging_series s ON s.study_key = i.key
  JOIN m_code b ON b.system = s.body_site_system AND b.code = s.body_site_code AND b.value_set = 'lumbar-spine'
  WHERE i.status IS NULL OR i.status NOT IN ('cancelled', 'entered-in-error')
  UNION ALL
  SELECT 'Procedure', key, id, patient_key, encounter_key, location_ref, practitioner_ref,
    system, code, COALESCE(performed, performed_start)
  FROM procedure WHERE status IS NULL OR status IN ('completed', 'in-progress')
  UNION ALL
  SELECT 'ServiceRequest', key, id, patient_key, encounter_key, location_ref, practitioner_ref,
    system, code, COALESCE(occurrence, occurrence_start, authored)
  FROM service_request WHERE status = 'completed'
  UNION ALL
  SELECT 'DiagnosticReport', key, id, patient_key, encounter_key, NULL, NULL,
    system, code, COALESCE(effective, effective_start, issued)
  FROM diagnostic_report WHERE status IN ('partial', 'preliminary', 'final', 'amended', 'corrected', 'appended')
  UNION ALL
  SELECT c.resource_type, c.key, c.id, c.patient_key, c.key, NULL, NULL,
    i.system, i.code, COALESCE(i.served, c.start_time, c.created)
  FROM m_claim_item i
  JOIN m_claim c ON c.key = i.claim_key
  JOIN m_visit v ON v.key = c.key
) s
JOIN m_code k ON k.system = s.system AND k.code = s.code
  AND k.value_set IN ('imaging-radiography', 'imaging-ct', 'imaging-mri')
LEFT JOIN m_study_reason r ON r.resource_type = s.resource_type AND r.key = s.key
LEFT JOIN m_encounter e ON e.key = s.encounter_key
WHERE LENGTH(s.on_day) >= 10 OR e.visit_date IS NOT NULL;

-- A study carries low back pain when its reason, or its visit's diagnosis, is low back pain; a
-- study with no documented reason is counted too (FHIR often omits it; an approximation).
CREATE TABLE m_study AS
SELECT patient_key, study_date, modality, MIN(study_ref) AS study_ref, MIN(system) AS system, MIN(code) AS code,
  MIN(location_ref) AS location_ref, MIN(practitioner_ref) AS practitioner_ref,
  MAX(CASE WHEN lbp_reason = 1 OR lbp_reason IS NULL OR EXISTS (
    SELECT 1 FROM m_diagnosis d
    WHERE d.encounter_key = s.encounter_key AND d.value_set = 'low-back-pain'
  ) THEN 1 ELSE 0 END) AS lbp
FROM m_study_coded s
GROUP BY patient_key, study_date, modality;

-- Lumbar imaging of eligible patients from the IESD to the end of the year; in the window when
-- on the IESD or in the 28 days after it.
CREATE TABLE m_imaging AS
SELECT e.patient_key, s.study_ref, CAST(s.study_date AS VARCHAR(10)) AS study_date, s.modality, s.system, s.code,
  s.location_ref, s.practitioner_ref, CAST(s.study_date - e.iesd AS INTEGER) AS days_after_iesd,
  CASE WHEN s.study_date <= e.iesd + INTERVAL '28' DAY THEN 1 ELSE 0 END AS in_window, s.lbp
FROM m_eligible e
JOIN m_study s ON s.patient_key = e.patient_key
CROSS JOIN measure_period pp
WHERE s.study_date >= e.iesd AND s.study_date <= pp.year_end;

-- Every candidate with status, reason and stratum.
CREATE TABLE m_patient AS
SELECT g.patient_key, g.id, CAST(g.age AS INTEGER) AS age, CAST(g.iesd AS VARCHAR(10)) AS iesd,
  CASE WHEN g.reason IS NOT NULL THEN NULL WHEN g.age <= 64 THEN '18-64' ELSE '65-75' END AS stratum,
  CASE
    WHEN g.reason IS NOT NULL THEN 'not-eligible'
    WHEN EXISTS (SELECT 1 FROM m_exclusion x WHERE x.patient_key = g.patient_key) THEN 'excluded'
    WHEN EXISTS (
      SELECT 1 FROM m_imaging i WHERE i.patient_key = g.patient_key AND i.in_window = 1 AND i.lbp = 1
    ) THEN 'imaged'
    ELSE 'not-imaged'
  END AS status,
  g.reason
FROM m_eligibility g;

-- Strata: eligible, excluded, denominator, numerator; total = sum of the strata.
CREATE TABLE m_strata AS
SELECT stratum,
  CAST(COALESCE(SUM(CASE WHEN status <> 'not-eligible' THEN 1 ELSE 0 END), 0) AS INTEGER) AS eligible,
  CAST(COALESCE(SUM(CASE WHEN status = 'excluded' THEN 1 ELSE 0 END), 0) AS INTEGER) AS excluded,
  CAST(COALESCE(SUM(CASE WHEN status IN ('imaged', 'not-imaged') THEN 1 ELSE 0 END), 0) AS INTEGER) AS denominator,
  CAST(COALESCE(SUM(CASE WHEN status = 'imaged' THEN 1 ELSE 0 END), 0) AS INTEGER) AS numerator
FROM (
  SELECT s.stratum, p.status
  FROM (SELECT '18-64' AS stratum UNION ALL SELECT '65-75' UNION ALL SELECT 'total') s
  LEFT JOIN m_patient p ON p.stratum = s.stratum OR (s.stratum = 'total' AND p.stratum IS NOT NULL)
) t
GROUP BY stratum;
