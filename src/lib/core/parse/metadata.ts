/**
 * Agency, report year, region, level and kind from a report's title and text.
 */
import type { Finding, Kind, Level, Metadata } from '../report';
import { matchRegion, type Region } from '../region/regions';
import type { Label } from '../../template/template';
import { finding } from './findings';
import { squeeze } from './normalize';

const REPORT_WORDS = /政府信息公开(工作)?年度?报告/;

export function readMetadata(title: string | null, text: string): { meta: Metadata; findings: Finding[] } {
	const findings: Finding[] = [];
	const flatTitle = title ? squeeze(title) : null;
	const agency = flatTitle ? agencyFromTitle(flatTitle) : null;
	const { year, periodYear } = yearOf(flatTitle, squeeze(text.slice(0, 4000)));
	if (year !== null && periodYear !== null && periodYear !== year) {
		findings.push(
			finding('year_mismatch', {
				message: `标题写${year}年度，正文的统计期限为${periodYear}年：采用标题的年度，请核对`,
				message_en: `The title says ${year}, the text's statistics period is ${periodYear}: the title's year is used; please check`
			})
		);
	}
	const placed = agency ? placeAgency(agency, metadataContext(text)) : null;
	if (placed?.note) findings.push(finding('metadata', { message: placed.note.zh, message_en: placed.note.en }));
	const r = placed?.region ?? null;
	const meta: Metadata = {
		agency,
		year,
		region_code: r?.code ?? null,
		province: r?.province ?? null,
		city: r?.city ?? null,
		county: r?.county ?? null,
		level: placed?.level ?? null,
		kind: placed?.kind ?? null
	};
	return { meta, findings };
}

/** The part of a report's text that may say where its agency is (a city before a county's name). */
export const metadataContext = (text: string): string => squeeze(text.slice(0, 3000));

/**
 * What an agency's name says of it: its region (settled by `context` where several share the
 * name), level and kind. The manifest's overrides use it too: a name given there brings these.
 */
export function placeAgency(agency: string, context = ''): { region: Region | null; note: Label | null; level: Level | null; kind: Kind } {
	const { region, note } = matchRegion(agency, context);
	return { region, note, level: levelOf(agency, region?.level ?? null), kind: kindOf(agency, region?.name ?? null) };
}

/**
 * `平潭综合实验区海坛片区管理局关于2021年度政府信息公开工作年度报告` → the body before the year.
 * The year can also come first (`2024年惠农区人民政府办公室政府信息公开工作年度报告`) or after
 * the report's words (`…政府信息公开工作2024年度报告`): neither is part of the name, or every
 * year of one agency's series would be an agency of its own and two copies of one report would
 * not be seen as one.
 */
export function agencyFromTitle(title: string): string | null {
	// A year is one with 年 or in brackets: `1949公司` keeps its digits.
	const t = title.replace(/^[#\s]+/, '').replace(/^(?:关于)?(?:[(（]\d{4}\s*年?度?[)）]|\d{4}\s*年度?)\s*/, '');
	const m = /^(.+?)(?:关于)?(?:\d{4}年度?|[(（]?(?:19|20)\d{2}[)）]?)/.exec(t);
	let name = m && m[1] ? m[1] : t.split(REPORT_WORDS)[0];
	// The report's words before its year (`…政府信息公开工作2024年度报告`) end the name, and only
	// there: 某市政府信息公开办公室 is a body's name.
	name = name
		.replace(/政府信息公开(工作)?年度?报告.*$/, '')
		.replace(/(?:关于)?(?:本机关)?政府信息公开(?:工作)?$/, '')
		.replace(/[,，:：\s]+$/, '')
		.trim();
	return name.length >= 2 ? name : null;
}

/** The title's year, else the text's; and the statistics period's year when the text states one. */
function yearOf(title: string | null, text: string): { year: number | null; periodYear: number | null } {
	const fromTitle = title ? /(\d{4})年度?/.exec(title) : null;
	const period = /统计期限[^。]{0,12}?(\d{4})年1月1日/.exec(text);
	const periodYear = period ? Number(period[1]) : null;
	if (fromTitle) return { year: Number(fromTitle[1]), periodYear };
	const named = /(\d{4})年度?政府信息公开(?:工作)?年度报告/.exec(text);
	return { year: periodYear ?? (named ? Number(named[1]) : null), periodYear };
}

const TOWNSHIP = /(乡|镇|街道|片区)(人民政府|办事处|管理局|管委会)?$/;
const TOWNSHIP_BODY = /(乡|镇|街道|片区)(人民政府|办事处|管理局|管委会)/;

export function levelOf(agency: string, regionLevel: Level | null): Level | null {
	if (TOWNSHIP.test(agency) || TOWNSHIP_BODY.test(agency)) return 'township';
	// A national body's local branch (国家税务总局石嘴山市惠农区税务局) is of its region's level.
	if (/^国务院|^国家|^中华人民共和国/.test(agency) && regionLevel === null) return 'national';
	return regionLevel;
}

const GOVERNMENT = /(人民政府|人民政府办公室|人民政府办公厅|政府办公室|政府办公厅|管委会|管理委员会|管委会办公室|办事处)$/;

export function kindOf(agency: string, regionName: string | null): Kind {
	const name = agency.replace(/[(（].*[)）]$/, '');
	if (GOVERNMENT.test(name)) return 'government';
	if (TOWNSHIP_BODY.test(name) && /(人民政府|办事处|管理局|管委会)$/.test(name)) return 'government';
	if (regionName && (name === regionName || /^[^局委厅办署]*(综合实验区|新区|开发区|自治县|县|区|市)$/.test(name))) return 'government';
	return 'department';
}
