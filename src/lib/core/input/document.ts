/** What every input reader (text, HTML, PDF, DOCX) produces: the report as normalised text. */
export interface SourceDocument {
	/** The report's title as published, when the file carries one. */
	title: string | null;
	/** Normalised text; tables laid out one row per line, cells separated by tabs. */
	text: string;
	/** The original page's address, when the file records it (crawler `page.txt` headers). */
	url: string | null;
	format: 'text' | 'html' | 'pdf' | 'docx';
}
