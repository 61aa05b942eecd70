import { getContext, setContext } from 'svelte';
import { en, type Messages } from './en';
import { DEFAULT_LOCALE, intlLocale, type Locale } from './locales';

export type { Messages };

const KEY = Symbol('i18n');

export interface I18n {
	/** The interface's language (its URL prefix). */
	lang: Locale;
	/** For Intl: numbers, dates, country names. */
	locale: string;
	m: Messages;
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
