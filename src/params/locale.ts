import type { ParamMatcher } from '@sveltejs/kit';
import { PREFIXED_LOCALES } from '$lib/i18n/locales';

/** The [[lang]] segment: a language other than English (which has no prefix). */
export const match: ParamMatcher = (param) =>
	(PREFIXED_LOCALES as readonly string[]).includes(param);
