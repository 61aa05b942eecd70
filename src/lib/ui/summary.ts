/**
 * A commitment's summary in the page's language where the dataset has one (summary_<lang>),
 * else in English; with the language it is in, for the `lang` attribute.
 */
export function summaryIn(
	record: { summary: Partial<Record<string, string | null>> & { en: string } },
	lang: string
): { text: string; lang: string } {
	const own = record.summary[lang];
	return own ? { text: own, lang } : { text: record.summary.en, lang: 'en' };
}
