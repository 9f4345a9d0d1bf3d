/**
 * Bytes → text for reports published as GBK/GB2312 or UTF-8. The declared charset (BOM, then
 * `<meta charset>`) wins, except a meta tag that says UTF-8 over bytes that are not (a CMS
 * template's tag over text saved as GBK) and a GBK tag over bytes that are valid UTF-8 (a page
 * re-saved); undeclared bytes that are valid UTF-8 are UTF-8;
 * otherwise chardet's guess. Decoding itself is the WHATWG TextDecoder that Node and browsers share, which maps GBK
 * and GB2312 onto GB18030 (a superset), so no character is lost.
 */
import { detect } from 'chardet';

export interface Decoded {
	text: string;
	encoding: string;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8');
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const declared = META_CHARSET.exec(head)?.[1];
	const label = declared && supported(declared) ? new TextDecoder(declared).encoding : null;
	if (label && label !== 'utf-8') {
		// A page re-saved as UTF-8 under its old GBK tag: Chinese text in GBK is practically never
		// valid UTF-8, so valid UTF-8 with characters beyond ASCII is what the bytes are.
		const utf8 = (label === 'gbk' || label === 'gb18030') && bytes.some((b) => b >= 0x80) ? strictUtf8(bytes) : null;
		return utf8 !== null ? { text: utf8, encoding: 'utf-8' } : decodeAs(bytes, label);
	}
	// Declared UTF-8, or nothing declared: bytes that are valid UTF-8 are UTF-8, and the others get
	// a guess, whatever a meta tag claimed.
	const utf8 = strictUtf8(bytes);
	if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
	const guess = detect(bytes);
	return decodeAs(bytes, guess && supported(guess) ? guess : 'gb18030');
}

/**
 * UTF-16 without a byte-order mark (chardet does not guess it): markup and digits are ASCII, so
 * in UTF-16LE many odd bytes are zero and hardly any even ones (a CJK character can have a zero
 * low byte), in UTF-16BE the other way round. Text that is mostly Chinese has few zero bytes:
 * it is recognised by what it decodes to, almost only Chinese characters, Chinese punctuation
 * and ASCII (bytes of any other kind read as UTF-16 scatter over the whole range).
 */
export function utf16Guess(bytes: Uint8Array): Decoded | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	const pairs = n / 2;
	if (pairs < 8) return null;
	if (odd > pairs * 0.3 && even * 10 < odd) return decodeAs(bytes, 'utf-16le');
	if (even > pairs * 0.3 && odd * 10 < even) return decodeAs(bytes, 'utf-16be');
	for (const label of ['utf-16le', 'utf-16be'] as const) {
		if (plausibleChinese(bytes.subarray(0, n), label)) return decodeAs(bytes, label);
	}
	return null;
}

/** Share of UTF-16 code units that must be Chinese, Chinese punctuation or ASCII text. */
const PLAUSIBLE_SHARE = 0.95;
/** Share of code units made of two printable ASCII bytes above which the bytes are ASCII text. */
const ASCII_PAIRS_MAX = 0.6;

function plausibleChinese(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): boolean {
	let text: string;
	try {
		text = new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return false;
	}
	let ok = 0;
	// ASCII text read as UTF-16 pairs its letters into CJK code points ("th" → U+6874): in real
	// Chinese text about a quarter of the characters have two printable ASCII bytes (24–27% in the
	// corpus), in ASCII text read so nearly all.
	let asciiPairs = 0;
	const printable = (b: number) => b >= 0x20 && b < 0x7f;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) ok++;
		if (printable(c & 0xff) && printable(c >> 8)) asciiPairs++;
	}
	return ok >= text.length * PLAUSIBLE_SHARE && asciiPairs < text.length * ASCII_PAIRS_MAX;
}

function strictUtf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

function supported(label: string): boolean {
	try {
		new TextDecoder(label);
		return true;
	} catch {
		return false;
	}
}

function decodeAs(bytes: Uint8Array, label: string): Decoded {
	const decoder = new TextDecoder(label);
	return { text: decoder.decode(bytes), encoding: decoder.encoding };
}
