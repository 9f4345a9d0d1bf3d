/**
 * The dataset file is attached read-only as `g`; the app queries views over it so that both
 * engines see the same names and the region path codes are computed in one place.
 * A province's code is the first two digits + 0000, a city's the first four + 00 (GB/T 2260).
 */
const DATASET_ALIAS = 'g';

const VIEW_SQL = [
	`CREATE OR REPLACE VIEW reports AS
		SELECT *,
			substr(region_code, 1, 2) || '0000' AS province_code,
			substr(region_code, 1, 4) || '00' AS city_code
		FROM ${DATASET_ALIAS}.reports`,
	`CREATE OR REPLACE VIEW facts AS SELECT * FROM ${DATASET_ALIAS}.facts`,
	`CREATE OR REPLACE VIEW findings AS SELECT * FROM ${DATASET_ALIAS}.findings`,
	`CREATE OR REPLACE VIEW report_cells AS SELECT * FROM ${DATASET_ALIAS}.report_cells`,
	`CREATE OR REPLACE VIEW merged_reports AS SELECT * FROM ${DATASET_ALIAS}.merged_reports`
];

/** Neither engine may try to download an extension: the site must work offline. */
const OFFLINE_SETTINGS = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false'
];

/**
 * What a new connection runs before its first query, in order: the offline settings, the
 * dataset file attached read-only, the views. `file` is a path or a registered file name.
 */
export function setupStatements(file: string): string[] {
	return [...OFFLINE_SETTINGS, `ATTACH '${file.replaceAll("'", "''")}' AS ${DATASET_ALIAS} (READ_ONLY)`, ...VIEW_SQL];
}
