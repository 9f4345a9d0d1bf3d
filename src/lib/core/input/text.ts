/**
 * Plain-text reports: tab/space-separated copies, Markdown, and crawler `page.txt` files whose
 * header lines (`标题: …`, `原文链接: …`) precede a `==== 正文 ====` rule.
 */
import { normalizeText } from '../parse/normalize';
import { webUrl, type SourceDocument } from './document';

const HEADER = /^(标题|原文链接|发布时间|发布机构|文号|栏目|本地目录)\s*[:：]\s*(.*)$/;
const BODY_RULE = /^=+\s*正文\s*=+\s*$/m;

export function readText(raw: string): SourceDocument {
	const text = normalizeText(raw);
	let title: string | null = null;
	let url: string | null = null;
	let body = text;
	const rule = BODY_RULE.exec(text);
	if (rule) {
		for (const line of text.slice(0, rule.index).split('\n')) {
			const m = HEADER.exec(line.trim());
			if (!m) continue;
			if (m[1] === '标题') title = m[2].trim() || null;
			if (m[1] === '原文链接') url = webUrl(m[2]);
		}
		body = text.slice(rule.index + rule[0].length);
	}
	if (!title) title = firstTitleLine(body);
	return { title, text: body, url, format: 'text' };
}

/** A Markdown heading, or else the first short line that names an annual report. */
export function firstTitleLine(body: string): string | null {
	const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
	const heading = lines.find((l) => /^#\s/.test(l));
	if (heading) return heading.replace(/^#+\s*/, '');
	return lines.find((l) => l.length <= 80 && /政府信息公开.*年度报告/.test(l.replace(/\s+/g, ''))) ?? null;
}
