/** Dates as precise as their sources: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isPartialDate(value: string): boolean {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return Number(year) >= 1900 && Number(year) <= 2100;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const d = Number(day);
	const date = new Date(Date.UTC(Number(year), m - 1, d));
	return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Compares two partial dates at the precision they share: -1 if `a` is surely earlier,
 * 1 if surely later, 0 if they may be the same day ("2025" and "2025-06" compare as 0).
 */
export function comparePartialDates(a: string, b: string): -1 | 0 | 1 {
	const length = Math.min(a.length, b.length);
	const left = a.slice(0, length);
	const right = b.slice(0, length);
	return left < right ? -1 : left > right ? 1 : 0;
}
