// A table of contents names the section titles before the sections: the tables are read where
// the titles come again, as if there were no contents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../../src/lib/core/pipeline';

const text = readFileSync(join(__dirname, '../../../data/raw/005_pingtan_2024.txt'), 'utf8');
const MARK = '==================== 正文 ====================\n';
const TITLES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
const parse = (t: string) => processFile(new TextEncoder().encode(t), 'r.txt');

describe('a report that opens with a table of contents', () => {
	it.each([
		['as a list', `目录\n${TITLES.join('\n')}\n`],
		['as a sentence', `本报告共分六个部分：${TITLES.join('；')}。\n`]
	])('is read as without it (%s)', async (_, contents) => {
		expect(text).toContain(MARK);
		const [plain, listed] = await Promise.all([parse(text), parse(text.replace(MARK, MARK + contents))]);
		expect(plain.ok).toBe(true);
		expect(listed).toEqual(plain);
	});
});
