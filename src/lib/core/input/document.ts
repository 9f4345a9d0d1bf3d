/** What every input reader (text, HTML, PDF, DOCX) produces: the report as normalised text. */
export interface SourceDocument {
	/** The report's title as published, when the file carries one. */
	title: string | null;
	/** Normalised text; tables laid out one row per line, cells separated by tabs. */
	text: string;
	/** The original page's address, when the file records one that is a web address (webUrl). */
	url: string | null;
	format: 'text' | 'html' | 'pdf' | 'docx';
}

/**
 * `s` if it is an absolute http(s) address, else null. The report page links to it: text from a
 * report (`原文链接: javascript:…`) must not become a link that runs script.
 */
export function webUrl(s: string | null | undefined): string | null {
	if (!s) return null;
	const text = s.trim();
	try {
		const { protocol } = new URL(text);
		return protocol === 'http:' || protocol === 'https:' ? text : null;
	} catch {
		return null; // relative, or not an address at all
	}
}
