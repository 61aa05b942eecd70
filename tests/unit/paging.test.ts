import { describe, expect, it } from 'vitest';
import { isPageParam, laterPages, pageCount, pageLinks, pageOf } from '../../src/lib/data/paging';

const letters = 'abcdefghij'.split(''); // 10 items

describe('pageCount', () => {
	it('rounds up, and an empty list still has its one page', () => {
		expect(pageCount(10, 4)).toBe(3);
		expect(pageCount(8, 4)).toBe(2);
		expect(pageCount(1, 100)).toBe(1);
		expect(pageCount(0, 100)).toBe(1);
		expect(pageCount(29_734, 100)).toBe(298);
	});
});

describe('pageOf', () => {
	it('cuts the list in order, the last page holding the rest', () => {
		expect(pageOf(letters, 1, 4)).toEqual({
			items: ['a', 'b', 'c', 'd'],
			page: 1,
			pages: 3,
			first: 1,
			last: 4,
			total: 10
		});
		expect(pageOf(letters, 2, 4)).toMatchObject({ items: ['e', 'f', 'g', 'h'], first: 5, last: 8 });
		expect(pageOf(letters, 3, 4)).toMatchObject({ items: ['i', 'j'], first: 9, last: 10 });
	});
	it('gives every item exactly once across its pages', () => {
		const all = [1, 2, 3].flatMap((n) => pageOf(letters, n, 4)!.items);
		expect(all).toEqual(letters);
	});
	it('has no page 0, no page past the last, no page 1.5', () => {
		expect(pageOf(letters, 0, 4)).toBeNull();
		expect(pageOf(letters, 4, 4)).toBeNull();
		expect(pageOf(letters, 1.5, 4)).toBeNull();
	});
	it('gives an empty list one empty page', () => {
		expect(pageOf([], 1, 4)).toEqual({ items: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
	});
});

describe('pageLinks', () => {
	it('links every page of a short list', () => {
		expect(pageLinks(1, 1)).toEqual([1]);
		expect(pageLinks(2, 3)).toEqual([1, 2, 3]);
		expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
	});
	it('leaves out the pages far from the current one, keeping the first and the last', () => {
		expect(pageLinks(1, 10)).toEqual([1, 2, 3, null, 10]);
		expect(pageLinks(10, 10)).toEqual([1, null, 8, 9, 10]);
		expect(pageLinks(50, 298)).toEqual([1, null, 48, 49, 50, 51, 52, null, 298]);
	});
	it('shows a single left-out number rather than a gap', () => {
		// Page 5 of 10: 3–7 around it; 2 alone between 1 and 3 is shown, 8–9 are a gap.
		expect(pageLinks(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
		expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});
});

describe('isPageParam and laterPages', () => {
	it('takes 2, 3… and refuses 1, 0, 02, -2, 2.5 and words', () => {
		expect(['2', '3', '10', '298'].every(isPageParam)).toBe(true);
		expect(['1', '0', '02', '-2', '2.5', 'two', ''].some(isPageParam)).toBe(false);
	});
	it('lists the pages after the first', () => {
		expect(laterPages(1)).toEqual([]);
		expect(laterPages(3)).toEqual(['2', '3']);
	});
});
