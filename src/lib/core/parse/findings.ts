import type { Finding } from '../report';
import { rule } from '../../template/rules';

/** A finding with the rule's severity and empty coordinates filled in. */
export function finding(ruleId: string, f: Partial<Finding> & { message: string; message_en: string }): Finding {
	return {
		rule: ruleId,
		severity: f.severity ?? rule(ruleId).severity,
		section: f.section ?? null,
		item: f.item ?? null,
		measure: f.measure ?? null,
		expected: f.expected ?? null,
		found: f.found ?? null,
		message: f.message,
		message_en: f.message_en,
		...(f.candidates ? { candidates: f.candidates } : {})
	};
}
