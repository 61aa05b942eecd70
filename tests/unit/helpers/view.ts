import { STATUSES, TYPES } from '../../../src/lib/data/types';
import { parseView, type View } from '../../../src/lib/state/view';

/** The view a query string gives. */
export const parse = (query: string) => parseView(new URLSearchParams(query));

/** The default view; tests override what they are about. */
export const view = (overrides: Partial<View> = {}): View => ({
	types: [...TYPES],
	statuses: [...STATUSES],
	country: null,
	selected: null,
	theme: 'auto',
	metric: 'commitments',
	legend: true,
	title: true,
	bbox: null,
	asof: null,
	...overrides
});
