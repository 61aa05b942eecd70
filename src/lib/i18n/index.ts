import { getContext, setContext } from 'svelte';
import { en, type Messages } from './en';
import type { PageMessages } from './pages/en';
import { DEFAULT_LOCALE, intlLocale, type Locale } from './locales';

export type { Messages, PageMessages };

/** The words of a page beyond the map: the site's, and those of /about, /promises, /changes… */
export type AllMessages = Messages & PageMessages;

const KEY = Symbol('i18n');

export interface I18n {
	/** The interface's language (its URL prefix). */
	lang: Locale;
	/** For Intl: numbers, dates, country names. */
	locale: string;
	m: Messages;
	/** The words of the pages beyond the map, where the page's route loaded them. */
	pages?: PageMessages;
}

/** Each language's messages, loaded only when a page in it is shown. */
export async function loadMessages(lang: Locale): Promise<Messages> {
	switch (lang) {
		case 'en':
			return en;
		case 'fr':
			return (await import('./fr')).fr;
		case 'de':
			return (await import('./de')).de;
		case 'es':
			return (await import('./es')).es;
		case 'nl':
			return (await import('./nl')).nl;
		case 'it':
			return (await import('./it')).it;
		case 'pl':
			return (await import('./pl')).pl;
	}
}

/**
 * The words of the pages beyond the map, in their own modules: only the routes that show them
 * load them (the map and the embed never carry them).
 */
export async function loadPageMessages(lang: Locale): Promise<PageMessages> {
	switch (lang) {
		case 'en':
			return (await import('./pages/en')).en;
		case 'fr':
			return (await import('./pages/fr')).fr;
		case 'de':
			return (await import('./pages/de')).de;
		case 'es':
			return (await import('./pages/es')).es;
		case 'nl':
			return (await import('./pages/nl')).nl;
		case 'it':
			return (await import('./pages/it')).it;
		case 'pl':
			return (await import('./pages/pl')).pl;
	}
}

/** Every word of the site in `lang`: for the build's cards and feeds. */
export async function loadAllMessages(lang: Locale): Promise<AllMessages> {
	const [m, pages] = await Promise.all([loadMessages(lang), loadPageMessages(lang)]);
	return { ...m, ...pages };
}

/** The routes whose pages need `PageMessages` (their layout loads them). */
export const PAGE_ROUTES: readonly string[] = [
	'/[[lang=locale]]/about',
	'/[[lang=locale]]/promises',
	'/[[lang=locale]]/promises/[page=page]',
	'/[[lang=locale]]/changes',
	'/[[lang=locale]]/changes/[page=page]',
	'/[[lang=locale]]/commitment/[id]'
];

export function setI18n(i18n: I18n): void {
	setContext(KEY, i18n);
}

/** The page's language and messages; English outside a page that set them (tests, fixtures). */
export function getI18n(): I18n {
	return (
		getContext<I18n | undefined>(KEY) ?? {
			lang: DEFAULT_LOCALE,
			locale: intlLocale(DEFAULT_LOCALE),
			m: en
		}
	);
}

/** The page's language and all its words, on a page whose route loaded `PageMessages`. */
export function getPageI18n(): Omit<I18n, 'm'> & { m: AllMessages } {
	const i18n = getI18n();
	if (!i18n.pages) throw new Error('This page’s route does not load the pages’ messages');
	return { ...i18n, m: { ...i18n.m, ...i18n.pages } };
}
