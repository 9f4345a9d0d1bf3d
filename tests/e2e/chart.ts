/**
 * Finding a bar on an ECharts canvas the way a person does, by its colour: the longest run of
 * that colour along rows (horizontal bars: the largest bar) or along columns (vertical bars:
 * the tallest segment), clicked in its middle. (The legend is the page's own, outside the
 * canvas.)
 */
import type { Locator } from 'playwright-core';

export async function barPoint(chart: Locator, hex: string, along: 'row' | 'column'): Promise<{ x: number; y: number }> {
	const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const point = await chart
		.locator('canvas')
		.first()
		.evaluate((c: HTMLCanvasElement, [rgb, byRow]: [number[], boolean]) => {
			const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
			const scale = c.width / c.getBoundingClientRect().width;
			const same = (x: number, y: number) => {
				const i = (y * width + x) * 4;
				return Math.abs(data[i] - rgb[0]) < 6 && Math.abs(data[i + 1] - rgb[1]) < 6 && Math.abs(data[i + 2] - rgb[2]) < 6;
			};
			let best = { len: 0, x: 0, y: 0 };
			const [outer, inner] = byRow ? [height, width] : [width, height];
			for (let a = 0; a < outer; a++) {
				let run = 0;
				for (let b = 0; b <= inner; b++) {
					const hit = b < inner && (byRow ? same(b, a) : same(a, b));
					if (hit) run++;
					else {
						if (run > best.len) {
							const mid = b - Math.ceil(run / 2);
							best = byRow ? { len: run, x: mid, y: a } : { len: run, x: a, y: mid };
						}
						run = 0;
					}
				}
			}
			return best.len ? { x: best.x / scale, y: best.y / scale } : null;
		}, [rgb, along === 'row'] as [number[], boolean]);
	if (!point) throw new Error(`no bar of colour ${hex} in the chart`);
	return point;
}
