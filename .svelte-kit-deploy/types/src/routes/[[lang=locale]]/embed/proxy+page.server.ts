// @ts-nocheck
import { loadExplorerData } from '$lib/state/explorer-data.server';
import { languageEntries } from '$lib/server/prerender';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = languageEntries;

export const load = loadExplorerData;
;null as any as PageServerLoad;