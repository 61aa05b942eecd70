import { getContext, setContext } from 'svelte';
import { en, type Messages } from './en';

export type { Messages };
/** British English: European date order (18 November 2025) for a European audience. */
export const DEFAULT_LOCALE = 'en-GB';

const KEY = Symbol('i18n');

export interface I18n {
	locale: string;
	m: Messages;
}

export function setI18n(i18n: I18n): void {
	setContext(KEY, i18n);
}

/** The page's locale and messages; English outside a page that set them (tests, fixtures). */
export function getI18n(): I18n {
	return getContext<I18n | undefined>(KEY) ?? { locale: DEFAULT_LOCALE, m: en };
}
