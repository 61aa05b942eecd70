/**
 * What changed in the dataset (/changes and its Atom feed /changes.xml): every dated event of
 * every commitment, newest first. Pure.
 */
import { startOf } from './outcome';
import type { Locale } from '../i18n/locales';
import type { CommitmentEvent, CommitmentRecord, CommitmentType } from './types';

export interface Change extends CommitmentEvent {
	/** The commitment's id, name, type and country (null: Europe-wide). */
	id: string;
	/** In English, its translations in `nameIn`; in `nameLang` once made local (`localChange`). */
	name: string;
	nameIn?: CommitmentRecord['nameIn'];
	nameLang?: Locale;
	type: CommitmentType;
	country: string | null;
	/**
	 * Which of its commitment's events of the same date and kind this is (0 for the first): with
	 * the id, date and kind, it names the event for good (the feed's entry ids).
	 */
	nth: number;
}

/**
 * Every event, newest first. A date as precise as its source sorts from the first day it can
 * mean ("2026" before 2026-01-02 in time, so after it here); events of the same day come in the
 * reverse of the history's order (the later one first).
 */
export function changesOf(records: readonly CommitmentRecord[]): Change[] {
	const changes = records.flatMap((c) => {
		const seen = new Map<string, number>();
		return c.history.map((e): Change => {
			const key = `${e.date}/${e.kind}`;
			const nth = seen.get(key) ?? 0;
			seen.set(key, nth + 1);
			const { id, name, nameIn, type, country } = c;
			return { ...e, id, name, ...(nameIn && { nameIn }), type, country, nth };
		});
	});
	const order = new Map(changes.map((change, i) => [change, i]));
	return changes.sort(
		(a, b) =>
			startOf(b.date).localeCompare(startOf(a.date)) ||
			b.date.length - a.date.length ||
			order.get(b)! - order.get(a)!
	);
}

/** A change with its commitment's name in `lang` where translated, without the others. */
export function localChange(change: Change, lang: Locale): Change {
	const { nameIn, ...rest } = change;
	const name = lang === 'en' ? undefined : nameIn?.[lang];
	return name ? { ...rest, name, nameLang: lang } : rest;
}

/** The event's lasting key within the dataset: `azure-belgiumcentral/2025-11-18/opened/0`. */
export const changeKey = (change: Change) =>
	`${change.id}/${change.date}/${change.kind}/${change.nth}`;
