/**
 * A file system error as a person reads it: "not found", "is a folder", with the code kept for
 * whoever searches for it. Node's own messages are terse codes (ENOENT, EISDIR).
 */
const WORDS: Record<string, string> = {
	ENOENT: '不存在 (not found)',
	EISDIR: '是文件夹，不是文件 (is a folder, not a file)',
	ENOTDIR: '不是文件夹 (not a folder)',
	EACCES: '没有读取权限 (permission denied)',
	EPERM: '没有读取权限 (permission denied)'
};

export function fsReason(e: unknown): string {
	const code = (e as NodeJS.ErrnoException).code;
	return code && WORDS[code] ? `${WORDS[code]} [${code}]` : (e as Error).message;
}
