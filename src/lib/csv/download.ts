/** Hands a CSV to the browser as a file download. */
export function downloadText(fileName: string, text: string, mime = 'text/csv;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type: mime }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked on the next task: revoking synchronously can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
