import type { Metric } from '$lib/data/aggregate';
import type { Messages } from '$lib/i18n';

/**
 * A metric's name where its figures are shown (the map's key, the ranking's description):
 * "Commitments of all types" would say otherwise when some types are filtered out.
 */
export const metricName = (m: Messages, metric: Metric, filtered: boolean): string =>
	filtered && metric === 'commitments' ? m.filtered.commitments : m.metrics[metric];
