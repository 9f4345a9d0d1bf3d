/**
 * Where sections 二, 三 and 四 sit in a normalised report text.
 */
import { SECTIONS, type SectionKey } from '../../template/template';
import { looseWords } from './normalize';

export interface Span {
	start: number;
	/** Where the section's body starts (after its title, or at its table's first header). */
	body: number;
	end: number;
}

export type SectionSpans = Partial<Record<SectionKey, Span>>;

const titleRegex = (numeral: string | null, words: string[]) =>
	new RegExp(
		(numeral ? `${numeral}\\s*[、.,，]\\s*` : '') + `(?:${words.map(looseWords).join('|')})`,
		'g'
	);

/** Section 二's table starts at `第二十条第(一)项`; prose may come between title and table. */
const ACTIVE_TABLE = new RegExp(looseWords('第二十条第') + '\\s*\\(\\s*一\\s*\\)');
/** Section 五 in any of its wordings ends section 四. */
const SECTION_FIVE = /五\s*[、.,，]/g;

function find(re: RegExp, text: string, from: number): RegExpExecArray | null {
	re.lastIndex = from;
	return re.exec(text);
}

type Title = { key: SectionKey; start: number; body: number };

function titlesFrom(text: string, start: number): Title[] {
	const found: Title[] = [];
	let from = start;
	for (const s of SECTIONS) {
		const m = find(titleRegex(s.numeral, s.title), text, from) ?? find(titleRegex(null, s.title), text, from);
		if (!m) continue;
		found.push({ key: s.key, start: m.index, body: m.index + m[0].length });
		from = m.index + m[0].length;
	}
	return found;
}

/** Titles this close together are a list of them, not sections: a section 二 holds a table. */
const CONTENTS_SPAN = 160;

export function locateSections(text: string): SectionSpans {
	const spans: SectionSpans = {};
	let found = titlesFrom(text, 0);
	// A table of contents (目录, or 本报告共分六个部分：一、…；二、…) names the titles before the
	// sections themselves: read from where the titles come again.
	while (found.length >= 2 && found[found.length - 1].start - found[0].start < CONTENTS_SPAN) {
		const again = titlesFrom(text, found[found.length - 1].body);
		if (again.length < found.length) break;
		found = again;
	}
	for (let i = 0; i < found.length; i++) {
		const f = found[i];
		let end = i + 1 < found.length ? found[i + 1].start : text.length;
		if (f.key === 'appeals') {
			const five = find(SECTION_FIVE, text, f.body);
			if (five) end = five.index;
		}
		let body = f.body;
		if (f.key === 'active') {
			const table = ACTIVE_TABLE.exec(text.slice(f.body, end));
			if (table) body = f.body + table.index;
		}
		spans[f.key] = { start: f.start, body, end };
	}
	return spans;
}

/**
 * Where section 二 starts again after the sections read, followed by a section 三 of its own:
 * two reports pasted into one file, or a later section quoting the titles (the caller tells
 * them apart by whether tables follow). Null when the titles do not come again.
 */
export function repeatedSectionsAt(text: string, spans: SectionSpans): number | null {
	const last = lastBody(spans);
	if (last === null) return null;
	const [active, requests] = SECTIONS;
	const a = find(titleRegex(active.numeral, active.title), text, last);
	if (!a) return null;
	return find(titleRegex(requests.numeral, requests.title), text, a.index + a[0].length) ? a.index : null;
}

/** Where the body of the last section found starts; null when none was found. */
export function lastBody(spans: SectionSpans): number | null {
	const found = Object.values(spans);
	return found.length ? Math.max(...found.map((s) => s.body)) : null;
}

const REPORT_TITLE = /政府信息公开(?:工作)?年度?报告/g;
const OVERVIEW = /一\s*[、.,，]\s*总体情况/g;

/**
 * Where the report whose section 二 starts at `at` begins, looking back no further than `from`:
 * the line (or sentence) of the title before its section 一, else its section 一, else `at`.
 * Its title and its section 一's prose (with figures the narrative reader would take) belong to it.
 */
export function reportStartBefore(text: string, from: number, at: number): number {
	const lastBefore = (re: RegExp, end: number) => {
		let found = -1;
		re.lastIndex = from;
		for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) found = m.index;
		return found;
	};
	const one = lastBefore(OVERVIEW, at);
	const title = lastBefore(REPORT_TITLE, one >= 0 ? one : at);
	if (title < 0) return one >= 0 ? one : at;
	return Math.max(text.lastIndexOf('\n', title), text.lastIndexOf('。', title), from - 1) + 1;
}
