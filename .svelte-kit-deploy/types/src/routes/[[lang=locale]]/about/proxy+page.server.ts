// @ts-nocheck
import { populationYear } from '$lib/data/aggregate';
import { COMMITMENTS, META, POPULATIONS } from '$lib/data/dataset.server';
import { CONFIDENCES, TYPES } from '$lib/data/types';
import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

export const load = () => ({
	total: COMMITMENTS.length,
	byType: TYPES.map((type) => ({
		type,
		count: COMMITMENTS.filter((c) => c.type === type).length
	})),
	byConfidence: CONFIDENCES.map((confidence) => ({
		confidence,
		count: COMMITMENTS.filter((c) => c.confidence === confidence).length
	})),
	meta: META,
	population: { year: populationYear(POPULATIONS), source: POPULATIONS[0]?.source }
});
;null as any as PageServerLoad;