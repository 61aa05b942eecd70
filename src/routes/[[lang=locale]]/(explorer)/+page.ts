import { LOCALES, langParam } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

/** The explorer in every language: /, /fr, /de… */
export const entries: EntryGenerator = () => LOCALES.map((l) => ({ lang: langParam(l) }));
