import { readFile } from 'node:fs/promises';
import { createTable, type Row, type SqlDatabase, statementsOf } from './sql-database.js';
import { codeSetRows, type ValueSets } from './value-sets.js';

/** The measure's SQL, run unchanged on every database. */
export const measureSqlFile = new URL('../sql/measure.sql', import.meta.url);

/** What the measure SQL leaves behind, read back as rows. */
export interface MeasureRows {
  /** Every patient with a low back pain diagnosis in the year: status, reason, stratum, IESD. */
  readonly patients: Row[];
  /** Patient and exclusion reason, once per reason. */
  readonly exclusions: Row[];
  /** Lumbar imaging of eligible patients from the IESD to the end of the year. */
  readonly imaging: Row[];
  /** Eligible, excluded, denominator and numerator per stratum. */
  readonly strata: Row[];
}

/** First and last days of the periods the measure uses, for measurement year `year`. */
export function measurePeriod(year: number): Row {
  return {
    year,
    year_start: `${year}-01-01`,
    intake_end: `${year}-12-03`,
    year_end: `${year}-12-31`,
    prior_year_start: `${year - 1}-01-01`,
  };
}

/**
 * Run the measure on `db`, which already holds the view tables: load the code lists and the
 * period, run `sql/measure.sql`, read the result tables.
 */
export async function runMeasure(db: SqlDatabase, year: number, valueSets: ValueSets): Promise<MeasureRows> {
  await createTable(
    db,
    'code_set',
    [
      ['value_set', 'VARCHAR'],
      ['system', 'VARCHAR'],
      ['code', 'VARCHAR'],
      ['is_prefix', 'INTEGER'],
    ],
    codeSetRows(valueSets),
  );
  await createTable(
    db,
    'measure_period',
    [
      ['year', 'INTEGER'],
      ['year_start', 'DATE'],
      ['intake_end', 'DATE'],
      ['year_end', 'DATE'],
      ['prior_year_start', 'DATE'],
    ],
    [measurePeriod(year)],
  );
  for (const statement of statementsOf(await readFile(measureSqlFile, 'utf8'))) await db.execute(statement);
  // One query at a time: a PostgreSQL client runs them in sequence anyway.
  const patients = await db.query('SELECT * FROM m_patient ORDER BY id');
  const exclusions = await db.query('SELECT * FROM m_exclusion ORDER BY patient_key, reason');
  const imaging = await db.query('SELECT * FROM m_imaging ORDER BY patient_key, study_date, modality');
  const strata = await db.query('SELECT * FROM m_strata ORDER BY stratum');
  return { patients, exclusions, imaging, strata };
}
