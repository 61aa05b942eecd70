import { describe, expect, it } from 'vitest';
import { MAX_TITLE, sourceLabel, sourceLabels } from '../../src/lib/data/source-label';

describe('sourceLabel', () => {
	it('names the publisher and a title read from the address', () => {
		expect(sourceLabel('https://learn.microsoft.com/azure/reliability/regions-list')).toBe(
			'Microsoft Learn: Regions list'
		);
		expect(sourceLabel('https://fortune.com/2015/11/10/microsoft-azure-uk/')).toBe(
			'Fortune: Microsoft azure uk'
		);
		// A trailing article id and the extension are not words.
		expect(
			sourceLabel(
				'https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/business/microsoft-opens-341m-data-centre-in-dublin-1.744888'
			)
		).toBe('The Irish Times: Microsoft opens 341m data centre in dublin');
		expect(sourceLabel('https://www.example.org/news/new_region-opens.html')).toBe(
			'example.org: New region opens'
		);
	});

	it('names a GitHub repository and its file, not a commit hash', () => {
		expect(
			sourceLabel('https://github.com/tal66/cloud-regions/blob/main/web/data/azureData.js')
		).toBe('GitHub: tal66/cloud-regions, azureData.js');
		expect(
			sourceLabel(
				'https://github.com/MicrosoftDocs/reliability-docs/commit/969b21d11e15af17b34aed415ea5680c6d686334'
			)
		).toBe('GitHub: MicrosoftDocs/reliability-docs');
	});

	it('gives the publisher alone where the address has no words, and the text if not a URL', () => {
		expect(sourceLabel('http://ecns.cn/2018/03-15/295878.shtml')).toBe('ecns.cn');
		expect(sourceLabel('https://edana.ch/')).toBe('edana.ch');
		expect(sourceLabel('https://www.technologyrecord.com/article/19')).toBe('Technology Record');
		expect(sourceLabel('not a url')).toBe('not a url');
	});

	it('shortens a long title with an ellipsis', () => {
		const label = sourceLabel(`https://example.org/${'word-'.repeat(30)}end`);
		const title = `Word${' word'.repeat(29)} end`;
		expect(label).toBe(`example.org: ${title.slice(0, MAX_TITLE - 1)}…`);
		expect(label.length).toBe('example.org: '.length + MAX_TITLE);
	});
});

describe('sourceLabels', () => {
	it('tells apart two links to one host by their titles', () => {
		expect(
			sourceLabels([
				'https://github.com/tal66/cloud-regions/blob/main/web/data/azureData.js',
				'https://github.com/vmisson/azure-region-span/blob/main/dashboard/www/regions.js'
			])
		).toEqual([
			'GitHub: tal66/cloud-regions, azureData.js',
			'GitHub: vmisson/azure-region-span, regions.js'
		]);
	});

	it('numbers labels that are still the same', () => {
		expect(sourceLabels(['https://example.org/1', 'https://example.org/2'])).toEqual([
			'example.org (1)',
			'example.org (2)'
		]);
		expect(sourceLabels([])).toEqual([]);
	});
});
