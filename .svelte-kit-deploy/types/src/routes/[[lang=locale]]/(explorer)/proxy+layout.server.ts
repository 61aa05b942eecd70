// @ts-nocheck
import { loadExplorerData } from '$lib/state/explorer-data.server';
import type { LayoutServerLoad } from './$types';

/** The explorer's data, shared by / and /country/{code} so the map persists between them. */
export const load = loadExplorerData;
;null as any as LayoutServerLoad;