// The first screen's numbers (summary.json and the overview cards) against sums of the fixtures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSummary, checkSummary, type Summary } from '../../../src/lib/query/summary';
import { overviewFrom, withUnreadColumn } from '../../../src/lib/query/overview';
import { queryRollup, unreadSeries } from '../../../src/lib/query/rollup';
import { NO_FILTERS } from '../../../src/lib/query/filters';
import { REQUEST_GROUPS, section } from '../../../src/lib/template/template';
import { openGolden, sum, add, ratio, rateOf, cell, whole, totalBreaks, type Golden } from './dataset';


/** Section 三's outcome rows (what the outcomes chart stacks), listed by hand from FORMAT.md. */
const OUTCOME_ROWS = ['granted', 'partially_granted', 'denied.state_secret', 'denied.prohibited_by_law', 'denied.security_stability', 'denied.third_party', 'denied.internal_affairs', 'denied.process_info', 'denied.enforcement_file', 'denied.inquiry', 'unable.not_held', 'unable.needs_creation', 'unable.unclear', 'rejected.complaint', 'rejected.duplicate', 'rejected.publication', 'rejected.excessive', 'rejected.confirmation', 'other.no_correction', 'other.unpaid_fee', 'other.other'];

let g: Golden;
let summary: Summary;
let ids: string[];

beforeAll(async () => {
	g = await openGolden();
	summary = await buildSummary(g.runner);
	ids = g.reports.map((r) => r.report_id);
});
afterAll(() => g.runner.close());

describe('buildSummary', () => {
	it('is plain JSON (no bigint) and passes its own shape check after a round trip', () => {
		const copy = JSON.parse(JSON.stringify(summary));
		expect(copy).toEqual(summary);
		expect(checkSummary(copy).version).toBe(6);
		expect(() => checkSummary({ version: 99 })).toThrow();
		// A summary without (or with broken) answers for the nearby states is refused too.
		expect(() => checkSummary({ ...copy, nearby: undefined })).toThrow();
		expect(() => checkSummary({ ...copy, nearby: { 'year=2024': { rollup: copy.rollup } } })).toThrow();
		expect(() => checkSummary({ ...copy, synthetic: undefined })).toThrow();
	});

	it('says the embedded dataset is real (no report is generated data)', () => {
		expect(g.reports.length).toBeGreaterThan(0);
		expect(summary.synthetic).toBe(false);
	});

	it('gives the cards the fixtures add up to', () => {
		const cards = overviewFrom(summary.rollup).cards;
		const req = (item: string) => sum(g, ids, 'requests', item, 'total');
		const app = (item: string, m: string) => sum(g, ids, 'appeals', item, m);
		const handled = req('handled_total');
		const litigation = add(app('litigation_direct', 'total'), app('litigation_after_review', 'total'));
		expect(cards.reports).toBe(ids.length);
		expect(cards.received).toBe(req('new_received'));
		expect(cards.handled).toBe(handled);
		expect(cards.disclosureRate).toBeCloseTo(rateOf(g, ids, 'disclosure_rate')!, 12);
		expect(cards.notHeldShare).toBeCloseTo(rateOf(g, ids, 'not_held_share')!, 12);
		expect(cards.review).toBe(app('review', 'total'));
		expect(cards.reviewCorrectedRate).toBeCloseTo(rateOf(g, ids, 'review_corrected_rate')!, 12);
		expect(cards.litigation).toBe(litigation);
		expect(cards.litigationCorrectedRate).toBeCloseTo(rateOf(g, ids, 'litigation_corrected_rate')!, 12);
		// What the appeals chart stacks: the outcomes, which one report (002) does not add up to its printed total.
		const parts = (...items: string[]) => add(...items.flatMap((i) => ['upheld', 'corrected', 'other', 'pending'].map((m) => app(i, m))));
		expect(cards.reviewParts).toBe(parts('review'));
		expect(cards.reviewParts).not.toBe(cards.review);
		expect(cards.litigationParts).toBe(parts('litigation_direct', 'litigation_after_review'));
		expect(cards.handledParts).toBe(add(...OUTCOME_ROWS.map(req)));
	});

	it('gives the outcomes’ sum beside the printed handled total where reports do not add up (two township reports print 0)', async () => {
		const township = g.reports.filter((r) => r.level === 'township').map((r) => r.report_id);
		const req = (item: string) => sum(g, township, 'requests', item, 'total');
		const cards = overviewFrom(await queryRollup(g.runner, { ...NO_FILTERS, levels: ['township'] })).cards;
		expect(cards.handled).toBe(req('handled_total'));
		expect(cards.handledParts).toBe(add(...OUTCOME_ROWS.map(req)));
		expect(cards.handledParts).not.toBe(cards.handled);
	});

	it('pools each rate over the reports that give a denominator above zero', async () => {
		// Two township reports (010, 013) give "not held" answers with a handled total of 0: summed
		// over all reports, the share would pass 100%.
		const township = g.reports.filter((r) => r.level === 'township').map((r) => r.report_id);
		const req = (item: string) => sum(g, township, 'requests', item, 'total');
		expect(ratio(req('unable.not_held'), req('handled_total'))).toBeGreaterThan(1);
		const zeroHandled = township.filter((id) => g.fixture(id).requests.handled_total?.total === 0 && (g.fixture(id).requests['unable.not_held']?.total ?? 0) > 0);
		expect(zeroHandled.length).toBeGreaterThan(0);
		const kept = township.filter((id) => !zeroHandled.includes(id));
		const share = rateOf(g, township, 'not_held_share')!;
		expect(share).toBeLessThanOrEqual(1);
		expect(share).toBeCloseTo(rateOf(g, kept, 'not_held_share')!, 12);
		const cards = overviewFrom(await queryRollup(g.runner, { ...NO_FILTERS, levels: ['township'] })).cards;
		expect(cards.notHeldShare).toBeCloseTo(share, 12);
		expect(cards.disclosureRate).toBeCloseTo(rateOf(g, township, 'disclosure_rate')!, 12);
	});

	it('gives every overview chart the per-year sums of the fixtures', () => {
		const ov = overviewFrom(summary.rollup);
		const years = [...new Set(g.reports.map((r) => r.year))].sort();
		expect(ov.outcomes.rows.map((r) => r.year)).toEqual(years);
		const inYear = (y: number) => g.reports.filter((r) => r.year === y).map((r) => r.report_id);
		for (const row of ov.outcomes.rows) {
			const yearIds = inYear(row.year as number);
			for (const grp of REQUEST_GROUPS) {
				const items = section('requests').items.filter((i) => i.group === grp.key);
				expect(row[grp.key], `${grp.key} ${row.year}`).toBe(add(...items.map((i) => sum(g, yearIds, 'requests', i.key, 'total'))));
			}
		}
		for (const row of ov.applicants.rows) {
			expect(row.natural_person).toBe(sum(g, inYear(row.year as number), 'requests', 'new_received', 'natural_person'));
			expect(row.commercial).toBe(sum(g, inYear(row.year as number), 'requests', 'new_received', 'commercial'));
		}
		for (const row of ov.appeals.rows) {
			expect(row['review.corrected']).toBe(sum(g, inYear(row.year as number), 'appeals', 'review', 'corrected'));
			expect(row['litigation_direct.upheld']).toBe(sum(g, inYear(row.year as number), 'appeals', 'litigation_direct', 'upheld'));
		}
		for (const row of ov.active.rows) {
			const fees = sum(g, inYear(row.year as number), 'active', 'fees', 'amount');
			if (fees === null) expect(row['fees.amount']).toBeNull();
			else expect(row['fees.amount']).toBeCloseTo(fees, 6);
			expect(row['penalty.decisions']).toBe(sum(g, inYear(row.year as number), 'active', 'penalty', 'decisions'));
		}
	});

	it('counts, per cell and year, the reports that leave the cell unread, as the fixtures do', async () => {
		const ov = overviewFrom(summary.rollup);
		const inYear = (y: number) => g.reports.filter((r) => r.year === y).map((r) => r.report_id);
		// A row printed one cell short whose every cell the rules settle (all zeros) is repaired and
		// said so (repair_missing_cell); the fixtures, which give what is printed, leave it null.
		const repaired = new Set(
			(await g.runner.all<{ id: string }>(`SELECT report_id || '|' || section || '|' || item AS id FROM findings WHERE rule = 'repair_missing_cell'`)).map((r) => r.id)
		);
		expect(repaired.size).toBeGreaterThan(0);
		// The 2019 layout has no section 二 of this template, and a single (六) row (also kept by some
		// 2021 reports) whose figures go under other.other: those cells are absent (FIXTURE_FORMAT.md),
		// not figures left unread.
		const singleOtherRow = (id: string) => cell(g.fixture(id), 'requests', 'other.other', 'total') !== null && cell(g.fixture(id), 'requests', 'other.no_correction', 'total') === null;
		const absent = (id: string, s: string, i: string) =>
			(s === 'active' && g.fixture(id).template === '2019') || ((i === 'other.no_correction' || i === 'other.unpaid_fee') && singleOtherRow(id));
		const unreadIn = (y: number, s: 'active' | 'requests' | 'appeals', i: string, m: string) =>
			inYear(y).filter((id) => cell(g.fixture(id), s, i, m) === null && !repaired.has(`${id}|${s}|${i}`) && !absent(id, s, i)).length;
		let some = 0;
		summary.rollup.years.forEach((y, k) => {
			for (const key of summary.rollup.cells) {
				const [s, i, m] = key.split('|') as ['active' | 'requests' | 'appeals', string, string];
				const expected = unreadIn(y, s, i, m);
				some += expected;
				expect(unreadSeries(summary.rollup, s, i, m)[k], `${key} ${y}`).toBe(expected);
			}
			// The chart's note: the most for any one of its cells.
			const active = section('active').items.map((i) => unreadIn(y, 'active', i.key, i.measures[0]));
			expect(ov.unread.active[k], `active ${y}`).toBe(Math.max(...active));
			// …and its data table and CSV have it as a column.
			expect(withUnreadColumn(ov.active, ov.unread.active).rows[k].unread, `active ${y}`).toBe(Math.max(...active));
		});
		// The corpus has unread cells (ambiguous digit runs): the check above is not of zeros only.
		expect(some).toBeGreaterThan(0);
		// A card of two cells counts a report missing either: lawsuits directly, or after review.
		const lawsuits = ids.filter((id) => whole(...(['litigation_direct', 'litigation_after_review'] as const).map((i) => cell(g.fixture(id), 'appeals', i, 'total'))) === null);
		expect(lawsuits.length).toBeGreaterThan(0);
		expect(ov.cards.unread.litigation).toBe(lawsuits.length);
		expect(ov.cards.unread.received).toBe(ids.filter((id) => cell(g.fixture(id), 'requests', 'new_received', 'total') === null).length);
		expect(ov.cards.unread.handled).toBe(ids.filter((id) => cell(g.fixture(id), 'requests', 'handled_total', 'total') === null).length);
		expect(ov.cards.unread.review).toBe(ids.filter((id) => cell(g.fixture(id), 'appeals', 'review', 'total') === null).length);
		// The rates' notes: reports whose total the original prints at odds with its parts (fixtures'
		// original_errors), where that total was read (020's lawsuits after review break rule 4 in
		// digits no split settles: unread, they are the unread note's).
		const breaks = (...cells: ['requests' | 'appeals', string, string][]) =>
			ids.filter((id) => cells.some((c) => totalBreaks(g.fixture(id), c) && cell(g.fixture(id), ...c) !== null)).length;
		expect(ov.cards.leftOut.disclosureRate).toBe(breaks(['requests', 'handled_total', 'total']));
		expect(ov.cards.leftOut.disclosureRate).toBeGreaterThan(0);
		expect(ov.cards.leftOut.notHeldShare).toBe(ov.cards.leftOut.disclosureRate);
		expect(ov.cards.leftOut.reviewCorrectedRate).toBe(breaks(['appeals', 'review', 'total']));
		expect(ov.cards.leftOut.litigationCorrectedRate).toBe(breaks(['appeals', 'litigation_direct', 'total'], ['appeals', 'litigation_after_review', 'total']));
	});

	it('has a sub-reason chart per outcome group whose columns add up to the group', () => {
		const ov = overviewFrom(summary.rollup);
		const denied = overviewFrom(summary.rollup, 'denied').outcomes;
		expect(denied.columns.slice(1).map((c) => c.key)).toEqual(
			section('requests').items.filter((i) => i.group === 'denied').map((i) => i.key)
		);
		denied.rows.forEach((row, y) => {
			const parts = denied.columns.slice(1).map((c) => row[c.key] as number | null);
			expect(add(...parts)).toBe(ov.outcomes.rows[y].denied);
		});
	});

	it('paints the same rollup the engine computes for no filters', async () => {
		expect(await queryRollup(g.runner, NO_FILTERS)).toEqual(summary.rollup);
	});

	it('draws the unfiltered drill-down by province with the fixtures’ sums', () => {
		for (const bar of summary.drill) {
			const inProvince = g.reports.filter((r) => (r.region_code ? r.region_code.slice(0, 2) + '0000' : null) === bar.key);
			expect(bar.reports).toBe(inProvince.length);
			expect(bar.value).toBe(sum(g, inProvince.map((r) => r.report_id), 'requests', 'new_received', 'total'));
		}
		expect(summary.drill.reduce((a, b) => a + b.reports, 0)).toBe(g.reports.length);
	});

	it('answers the states one click away: every year range from each end, and each province', () => {
		const years = [...new Set(g.reports.map((r) => r.year))].sort();
		const first = years[0];
		const last = years[years.length - 1];
		// Worked out by hand from the keys' URL form: year=A-B (or year=A), region=code.
		const want = [
			...years.map((y) => (y === last ? `year=${y}` : `year=${y}-${last}`)),
			...years.map((y) => (y === first ? `year=${y}` : `year=${first}-${y}`)),
			...summary.drill.map((b) => `region=${b.key}`)
		];
		expect(Object.keys(summary.nearby).sort()).toEqual([...new Set(want)].sort());

		const check = (key: string, ids: string[]) => {
			const { rollup, drill } = summary.nearby[key];
			const cards = overviewFrom(rollup).cards;
			expect(cards.reports, key).toBe(ids.length);
			expect(cards.received, key).toBe(sum(g, ids, 'requests', 'new_received', 'total'));
			expect(drill.reduce((a, b) => a + b.value!, 0), key).toBe(sum(g, ids, 'requests', 'new_received', 'total'));
		};
		for (const y of years) {
			check(y === last ? `year=${y}` : `year=${y}-${last}`, g.reports.filter((r) => r.year >= y).map((r) => r.report_id));
			check(y === first ? `year=${y}` : `year=${first}-${y}`, g.reports.filter((r) => r.year <= y).map((r) => r.report_id));
		}
		for (const bar of summary.drill) {
			check(`region=${bar.key}`, g.reports.filter((r) => r.region_code?.slice(0, 2) === bar.key!.slice(0, 2)).map((r) => r.report_id));
		}
	});
});
