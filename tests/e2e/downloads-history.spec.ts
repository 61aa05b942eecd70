import { HISTORY_COLUMNS } from '../../src/lib/data/types';
import { COMMITMENTS, expect, fetchCsv, test } from './fixtures';

test('the history download has every commitment’s dated events, as in geo/data', async ({
	request
}) => {
	const rows = await fetchCsv(request, '/data/history.csv');
	expect(rows.columns).toEqual([...HISTORY_COLUMNS]);
	expect(rows).toHaveLength(COMMITMENTS.reduce((n, c) => n + c.history.length, 0));
	for (const c of COMMITMENTS) {
		const events = rows.filter((r) => r.id === c.id);
		expect(events[0]?.event, c.id).toBe('announced');
		expect(events.at(-1)?.status, c.id).toBe(c.status);
		for (const event of events) expect(event.sources, c.id).toMatch(/^https?:\/\//);
	}

	const geojson = await (await request.get('/data/commitments.geojson')).json();
	for (const feature of geojson.features) {
		const events = rows.filter((r) => r.id === feature.id);
		expect(
			feature.properties.history.map((e: { date: string; event: string }) => [e.date, e.event]),
			feature.id
		).toEqual(events.map((r) => [r.date, r.event]));
	}
});
