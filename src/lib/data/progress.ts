import type { Commitment, PartialDate } from './types';

/** The last day a partial date can mean: "2025" → 2025-12-31, "2025-06" → 2025-06-30. */
export function endOf(date: PartialDate): string {
	const [year, month, day] = date.split('-');
	if (day) return date;
	if (month) {
		const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
		return `${year}-${month}-${String(last).padStart(2, '0')}`;
	}
	return `${year}-12-31`;
}

/**
 * A pledge whose deadline is behind us and whose outcome no source reports: the UI says
 * "deadline passed; outcome not reported". The build's outcome (src/lib/data/outcome.ts) decides
 * when the record carries it; a record without one (a fixture) falls back to its status.
 * `today` is YYYY-MM-DD.
 */
export function deadlinePassedWithoutOutcome(c: Commitment, today: string): boolean {
	const passed = c.deadline !== null && endOf(c.deadline) < today;
	return passed && (c.outcome ? c.outcome === 'deadline-passed' : c.status === 'announced');
}
