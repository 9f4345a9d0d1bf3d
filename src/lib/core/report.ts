/** The parsed-report model shared by parser, validator, CLI and ingest. Plain data, JSON-safe. */
import type { SectionKey } from '../template/template';
import type { Severity } from '../template/rules';

import type { Level, Kind } from '../template/template';
export type { Level, Kind };
export type TemplateVersion = '2021' | '2019';

/** item key → measure key → value (null = unknown). */
export type SectionValues = Record<string, Record<string, number | null>>;

export interface Finding {
	rule: string;
	severity: Severity;
	section: SectionKey | null;
	item: string | null;
	measure: string | null;
	expected: number | null;
	found: number | null;
	/** What the finding says, in Chinese (the dataset's language) and in English. */
	message: string;
	message_en: string;
	/** For ambiguous splits: every reading that satisfies the rules. */
	candidates?: number[][];
}

export interface Metadata {
	agency: string | null;
	year: number | null;
	region_code: string | null;
	province: string | null;
	city: string | null;
	county: string | null;
	level: Level | null;
	kind: Kind | null;
}

/** The metadata fields in the contract's order (CLI JSON, `reports` table). */
export const METADATA_FIELDS = ['agency', 'year', 'region_code', 'province', 'city', 'county', 'level', 'kind'] as const;

export function pickMetadata(r: Metadata): Metadata {
	return Object.fromEntries(METADATA_FIELDS.map((k) => [k, r[k]])) as unknown as Metadata;
}

export interface Report extends Metadata {
	template: TemplateVersion;
	/** null when section 二 uses the 2019 layout, whose measures do not map onto the 2021 keys. */
	active: SectionValues | null;
	requests: SectionValues;
	appeals: SectionValues;
	findings: Finding[];
}

/** Where a raw file came from (the manifest's provenance columns). */
export interface Provenance {
	source: string | null;
	original_url: string | null;
}
