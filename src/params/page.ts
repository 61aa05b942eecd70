import type { ParamMatcher } from '@sveltejs/kit';
import { isPageParam } from '$lib/data/paging';

/** The [page] segment of a paged list: 2, 3… (page 1 is the list's own address). */
export const match: ParamMatcher = (param) => isPageParam(param);
