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
 * A pledge whose deadline is behind us and whose outcome no source reports. The dataset never
 * marks such a pledge as met; the UI says "deadline passed; outcome not reported".
 * `today` is YYYY-MM-DD.
 */
export function deadlinePassedWithoutOutcome(c: Commitment, today: string): boolean {
	return c.status === 'announced' && c.deadline !== null && endOf(c.deadline) < today;
}
