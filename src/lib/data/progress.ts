import { deadlinePassed, lastDayOf } from './dates';
import type { Commitment } from './types';

/** The last day a partial date can mean (./dates.ts): "2025" → 2025-12-31. */
export { lastDayOf as endOf };

/**
 * A pledge whose deadline is behind us and whose outcome no source reports: the UI says
 * "deadline passed; outcome not reported". The build's outcome (src/lib/data/outcome.ts) decides
 * when the record carries it; a record without one (a fixture) falls back to its status.
 * `today` is YYYY-MM-DD.
 */
export function deadlinePassedWithoutOutcome(c: Commitment, today: string): boolean {
	return (
		deadlinePassed(c.deadline, today) &&
		(c.outcome ? c.outcome === 'deadline-passed' : c.status === 'announced')
	);
}
