/**
 * The promise tracker's outcome colours, for light and dark pages (CSS light-dark(), resolved
 * by the page's colour scheme). Each is at least 3:1 against its page (#ffffff, #0f161e): bars
 * and badge dots are told apart by colour and, everywhere, by their written outcome.
 */
import type { OutcomeKind } from '$lib/data/outcome';

export const OUTCOME_COLOUR: Record<OutcomeKind, string> = {
	met: 'light-dark(#1f7a45, #6fcf8f)',
	progress: 'light-dark(#2565a8, #7cb8f2)',
	pending: 'light-dark(#737f8c, #8593a1)',
	delayed: 'light-dark(#9a6208, #f0b55a)',
	'deadline-passed': 'light-dark(#c2410c, #ff9a6b)',
	withdrawn: 'light-dark(#6b4c9a, #b79ce6)'
};
