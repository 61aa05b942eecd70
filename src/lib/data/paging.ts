/**
 * Long lists split into prerendered pages of a fixed size (/changes, /promises), so that no
 * page's HTML grows with the dataset: page 1 is the list's own address, page n ≥ 2 is
 * `{list}/{n}`. Pure.
 */

export interface Paged<T> {
	/** The page's items, in the list's order. */
	items: T[];
	/** This page's number (from 1) and how many there are (at least 1, even for no items). */
	page: number;
	pages: number;
	/** The positions (from 1) of the page's first and last item in the whole list; 0 if none. */
	first: number;
	last: number;
	/** How many items the whole list has. */
	total: number;
}

/** How many pages of `size` items `total` items fill: at least one (an empty list's page). */
export const pageCount = (total: number, size: number): number =>
	Math.max(1, Math.ceil(total / size));

/** Page `page` (from 1) of `items`, `size` to a page; null for a page that does not exist. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Paged<T> | null {
	const pages = pageCount(items.length, size);
	if (!Number.isInteger(page) || page < 1 || page > pages) return null;
	const start = (page - 1) * size;
	const slice = items.slice(start, start + size);
	return {
		items: slice,
		page,
		pages,
		first: slice.length > 0 ? start + 1 : 0,
		last: start + slice.length,
		total: items.length
	};
}

/**
 * The page numbers a pager links to: the first, the last, and the current page with `around`
 * neighbours on each side, in order; null where numbers are left out (a gap of one number shows
 * that number instead: "1 2 3", never "1 … 3").
 */
export function pageLinks(page: number, pages: number, around = 2): (number | null)[] {
	const shown = (n: number) => n === 1 || n === pages || Math.abs(n - page) <= around;
	const links: (number | null)[] = [];
	for (let n = 1; n <= pages; n++) {
		if (shown(n) || (shown(n - 1) && shown(n + 1))) links.push(n);
		else if (links.at(-1) !== null) links.push(null);
	}
	return links;
}

/** A page's number in its address: "2", "3"… ("1" is the list's own address; no "02", "0"). */
export const isPageParam = (param: string): boolean => /^[1-9]\d*$/.test(param) && param !== '1';

/** The numbers of the pages after the first, as strings for the route's entries: 2…pages. */
export const laterPages = (pages: number): string[] =>
	Array.from({ length: Math.max(0, pages - 1) }, (_, i) => String(i + 2));
