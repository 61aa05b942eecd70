import { describe, expect, it } from 'vitest';
import { placeMarks } from '../../src/lib/frame/marks';
import { imageId, parseImageId, type MarkImage } from '../../src/lib/map/expressions';
import { marksToFeatures } from '../../src/lib/map/marks-source';
import { commitment } from './helpers/commitment';

describe('the mark of a promise whose deadline passed with no outcome reported', () => {
	const labels = { DK: [10, 56] as [number, number] };
	const marks = placeMarks(
		[
			commitment({
				id: 'skills-dk',
				type: 'training',
				status: 'announced',
				country: 'DK',
				deadline: '2024',
				outcome: 'deadline-passed'
			}),
			commitment({
				id: 'skills-fr',
				type: 'training',
				country: 'DK',
				deadline: '2027',
				outcome: 'progress'
			}),
			commitment({
				id: 'dc',
				precision: 'city',
				coordinates: [12, 55],
				outcome: 'deadline-passed'
			})
		],
		labels
	);

	it('is flagged only for that outcome, on a site and on a country-wide ring alike', () => {
		const flags = Object.fromEntries(marks.map((m) => [m.id, m.passed ?? false]));
		expect(flags).toEqual({ dc: true, 'skills-dk': true, 'skills-fr': false });
		expect('passed' in marks.find((m) => m.id === 'skills-fr')!).toBe(false);
	});

	it('gets an image of its own in MapLibre, named and read back', () => {
		const images = marksToFeatures(marks, null).features.map((f) => [
			f.properties.id,
			f.properties.image
		]);
		expect(Object.fromEntries(images)).toEqual({
			dc: 'datacenter-operational-passed',
			'skills-dk': 'training-announced-wide-passed',
			'skills-fr': 'training-operational-wide'
		});
		const cases: [string, MarkImage][] = [
			[
				'training-announced-wide-passed',
				{
					kind: 'symbol',
					type: 'training',
					status: 'announced',
					countryWide: true,
					passed: true
				}
			],
			[
				'datacenter-operational-passed',
				{
					kind: 'symbol',
					type: 'datacenter',
					status: 'operational',
					countryWide: false,
					passed: true
				}
			],
			[
				'security-restricted',
				{ kind: 'symbol', type: 'security', status: 'restricted', countryWide: false }
			]
		];
		for (const [id, image] of cases) {
			expect(parseImageId(id)).toEqual(image);
			expect(imageId(image)).toBe(id);
		}
		for (const bad of ['training-announced-passed-wide', 'training-passed', 'passed'])
			expect(parseImageId(bad)).toBeNull();
	});
});
