/**
 * A country's key figures, and the one way they are put in words: the country page's
 * description, the country panel and the embed's panel all say them in the same order.
 */
import { commitmentsOf, isDatacenterSite, skillsOf, type Skills } from './aggregate';
import type { Commitment, Population } from './types';

export interface CountryFacts {
	sites: number;
	commitments: number;
	skills: Skills | null;
}

/** A country's figures over `shown` (what the filters let through); `all` resolves parts. */
export function countryFacts(
	iso2: string,
	shown: readonly Commitment[],
	populations: readonly Population[],
	all: readonly Commitment[] = shown
): CountryFacts {
	const mine = commitmentsOf(shown, iso2);
	return {
		sites: mine.filter(isDatacenterSite).length,
		commitments: mine.length,
		skills: skillsOf(iso2, shown, populations, all)
	};
}

/** The messages a facts phrase is made of, in the page's language. */
export interface FactWords {
	factSites: (n: string) => string;
	factCommitments: (n: string) => string;
	factTarget: (people: string, deadline: string) => string;
}

export interface FactFormat {
	number: (value: number) => string;
	/** A partial date in words ("December 2025"). */
	date: (value: string) => string;
}

/**
 * The facts as phrases ("2 datacenter sites", "7 commitments", "1,200,000 people to train by
 * December 2025"), zeros left out, for the caller to join. `target`: `dated` with its deadline,
 * `undated` without, `none` where the skills chart follows and says it.
 */
export function factPhrases(
	facts: CountryFacts,
	words: FactWords,
	format: FactFormat,
	target: 'dated' | 'undated' | 'none'
): string[] {
	const { skills } = facts;
	const deadline = target === 'dated' && skills?.deadline ? format.date(skills.deadline) : '';
	return [
		facts.sites > 0 ? words.factSites(format.number(facts.sites)) : null,
		facts.commitments > 0 ? words.factCommitments(format.number(facts.commitments)) : null,
		skills && target !== 'none' ? words.factTarget(format.number(skills.target), deadline) : null
	].filter((phrase) => phrase !== null);
}
