/**
 * A commitment's name and partners in the page's language: the row's translation where it gives
 * one (geo/data/commitments.csv, name_fr… and partners_fr…), the English otherwise, each with the
 * language it is in, so the element showing it says so (`lang`) only where it differs from the
 * page's. A page's data carries its own language only: the other translations are dropped. Pure.
 */
import type { Locale } from '../i18n/locales';
import type { Commitment, CommitmentDetails, CommitmentRecord } from './types';

/** The `lang` attribute of a text in `text` on a page in `page`: none when they agree. */
export const langAttr = (text: Locale, page: Locale): Locale | undefined =>
	text === page ? undefined : text;

/** The commitment with its name in `lang` where translated, and without the other languages'. */
export function localBrief<C extends Commitment>(c: C, lang: Locale): C {
	const { nameIn, ...rest } = c;
	const name = lang === 'en' ? undefined : nameIn?.[lang];
	return (name ? { ...rest, name, nameLang: lang, nameEn: c.name } : rest) as C;
}

/** The details with the partners in `lang` where translated, and without the others'. */
export function localDetails<D extends CommitmentDetails>(d: D, lang: Locale): D {
	const { partnersIn, ...rest } = d;
	const partners = lang === 'en' ? undefined : partnersIn?.[lang];
	return (partners ? { ...rest, partners, partnersLang: lang } : rest) as D;
}

/** The whole record in `lang`: its name and partners. */
export const localRecord = (record: CommitmentRecord, lang: Locale): CommitmentRecord =>
	localDetails(localBrief(record, lang), lang);
