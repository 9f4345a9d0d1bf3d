/**
 * Figures the report's prose states that the tables also hold (FORMAT.md rule 7), and the
 * prose's statements about section 二's normative documents, which can settle a glued run.
 * Patterns run on whitespace-free text because prose is broken across lines.
 */
import { squeeze } from './normalize';

export interface NarrativeFigures {
	received?: number;
	handled?: number;
	carried_forward?: number;
	review?: number;
	litigation?: number;
	normative_issued?: number;
	normative_in_force?: number;
}

const PATTERNS: [keyof NarrativeFigures, RegExp][] = [
	['received', /(?:收到|受理|接收|新收)([^。；;\d]{0,30}?申请[^。；;\d]{0,10}?|)(\d{1,9})(?:件|条|项)(申请)?/],
	['handled', /(?:办结|全年办理|答复)[^。；;\d]{0,15}?(\d{1,9})件/],
	['carried_forward', /结转(?:至|到)?(?:下一?年度?|\d{4}年)[^。；;\d]{0,8}?(\d{1,9})件/],
	['review', /行政复议(?:案件)?(\d{1,9})(?:起|件)/],
	['litigation', /行政诉讼(?:案件)?(\d{1,9})(?:起|件)/],
	['normative_issued', /制发(?:的)?(?:行政)?规范性文件(\d{1,9})件/],
	['normative_in_force', /现行有效(?:的)?(?:行政)?规范性文件(\d{1,9})件/]
];

/** `未有政府信息公开行政复议及行政诉讼`: a stated zero. */
const NONE_BEFORE = /(?:未有|没有|未发生|未出现|未收到|未产生)[^。；;\d]{0,15}?/;

/**
 * Reads the whole text: prose also sits inside sections (`三、… 2022年，共收到…申请3条`), and
 * every pattern demands a unit (件/条/项/起) after the number, which table cells never carry.
 */
export function readNarrative(prose: string): NarrativeFigures {
	const text = squeeze(prose);
	const out: NarrativeFigures = {};
	for (const [key, re] of PATTERNS) {
		const m = re.exec(text);
		if (!m) continue;
		if (key === 'received') {
			// `收到70件申请` or `收到…申请75件`: the word 申请 must be part of the phrase.
			if (!m[1] && !m[3]) continue;
			out.received = Number(m[2]);
		} else {
			out[key] = Number(m[1]);
		}
	}
	if (out.received === undefined && /(?:未|没有)(?:收到|接到|受理|接收)[^。；;\d]{0,15}?申请/.test(text)) out.received = 0;
	if (out.review === undefined && new RegExp(NONE_BEFORE.source + '行政复议').test(text)) out.review = 0;
	if (out.litigation === undefined && new RegExp(NONE_BEFORE.source + '行政诉讼').test(text)) out.litigation = 0;
	const carried = /(?<!\d)(\d{1,9})件(?:申请)?(?:结转|顺延)/.exec(text);
	if (out.carried_forward === undefined && carried) out.carried_forward = Number(carried[1]);
	return out;
}
