/** Where the skills chart puts its bars: a country's pledge against the article's claim (see layout.ts). */
import { scaleLinear } from 'd3';
import type { Anchor } from './layout';

export const SKILLS_BAR = { height: 18, gap: 22, top: 16, captionAbove: 5 } as const;

export interface SkillsBar extends Anchor {
	key: 'country' | 'article';
	/** People to train. */
	value: number;
	captionY: number;
	rect: { x: number; y: number; width: number; height: number };
}

export interface SkillsLayout {
	width: number;
	height: number;
	bars: SkillsBar[];
}

/** `article`: the article's Europe-wide target, drawn as an outline under the country's bar. */
export function skillsLayout(target: number, article: number | null, width: number): SkillsLayout {
	const { height: bar, gap, top, captionAbove } = SKILLS_BAR;
	const x = scaleLinear()
		.domain([0, Math.max(target, article ?? 0, 1)])
		.range([0, width]);
	const bars: SkillsBar[] = [
		{
			key: 'country',
			value: target,
			x: x(target),
			y: top + bar / 2,
			captionY: top - captionAbove,
			rect: { x: 0, y: top, width: Math.max(2, x(target)), height: bar }
		}
	];
	if (article) {
		const y = top + bar + gap;
		bars.push({
			key: 'article',
			value: article,
			x: x(article),
			y: y + bar / 2,
			captionY: y - captionAbove,
			// An outline: inset by half its stroke.
			rect: { x: 0.75, y, width: x(article) - 1.5, height: bar }
		});
	}
	return { width, height: 2 * (bar + gap), bars };
}
