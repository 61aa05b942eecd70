
// this file is generated — do not edit it


declare module "svelte/elements" {
	export interface HTMLAttributes<T> {
		'data-sveltekit-keepfocus'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-noscroll'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-preload-code'?:
			| true
			| ''
			| 'eager'
			| 'viewport'
			| 'hover'
			| 'tap'
			| 'off'
			| undefined
			| null;
		'data-sveltekit-preload-data'?: true | '' | 'hover' | 'tap' | 'off' | undefined | null;
		'data-sveltekit-reload'?: true | '' | 'off' | undefined | null;
		'data-sveltekit-replacestate'?: true | '' | 'off' | undefined | null;
	}
}

export {};


declare module "$app/types" {
	type MatcherParam<M> = M extends (param : string) => param is (infer U extends string) ? U : string;

	export interface AppTypes {
		RouteId(): "/" | "/[[lang=locale]]/about" | "/[[lang=locale]]/(explorer)/country" | "/[[lang=locale]]/(explorer)/country/[code]" | "/data" | "/data/commitments.csv" | "/data/commitments.geojson" | "/data/countries.topo.json" | "/data/details.json" | "/data/history.csv" | "/[[lang=locale]]/embed" | "/oembed" | "/oembed/[lang]" | "/oembed/[lang]/[name].json" | "/og" | "/og/[lang]" | "/og/[lang]/[name].png" | "/[[lang=locale]]/(explorer)" | "/[[lang=locale]]";
		RouteParams(): {
			"/[[lang=locale]]/about": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined };
			"/[[lang=locale]]/(explorer)/country": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined };
			"/[[lang=locale]]/(explorer)/country/[code]": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined; code: string };
			"/[[lang=locale]]/embed": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined };
			"/oembed/[lang]": { lang: string };
			"/oembed/[lang]/[name].json": { lang: string; name: string };
			"/og/[lang]": { lang: string };
			"/og/[lang]/[name].png": { lang: string; name: string };
			"/[[lang=locale]]/(explorer)": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined };
			"/[[lang=locale]]": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined }
		};
		LayoutParams(): {
			"/": { lang?: string | undefined; code?: string | undefined; name?: string | undefined };
			"/[[lang=locale]]/about": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined };
			"/[[lang=locale]]/(explorer)/country": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined; code?: string | undefined };
			"/[[lang=locale]]/(explorer)/country/[code]": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined; code: string };
			"/data": Record<string, never>;
			"/data/commitments.csv": Record<string, never>;
			"/data/commitments.geojson": Record<string, never>;
			"/data/countries.topo.json": Record<string, never>;
			"/data/details.json": Record<string, never>;
			"/data/history.csv": Record<string, never>;
			"/[[lang=locale]]/embed": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined };
			"/oembed": { lang?: string | undefined; name?: string | undefined };
			"/oembed/[lang]": { lang: string; name?: string | undefined };
			"/oembed/[lang]/[name].json": { lang: string; name: string };
			"/og": { lang?: string | undefined; name?: string | undefined };
			"/og/[lang]": { lang: string; name?: string | undefined };
			"/og/[lang]/[name].png": { lang: string; name: string };
			"/[[lang=locale]]/(explorer)": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined; code?: string | undefined };
			"/[[lang=locale]]": { lang?: MatcherParam<typeof import('../src/params/locale.js').match> | undefined; code?: string | undefined }
		};
		Pathname(): "/" | `${string}/about` & {} | `${string}/about/` & {} | `${string}/country/${string}` & {} | `${string}/country/${string}/` & {} | "/data/commitments.csv" | "/data/commitments.geojson" | "/data/countries.topo.json" | "/data/details.json" | "/data/history.csv" | `${string}/embed` & {} | `${string}/embed/` & {} | `/oembed/${string}/${string}.json` & {} | `/oembed/${string}/${string}.json/` & {} | `/og/${string}/${string}.png` & {} | `/og/${string}/${string}.png/` & {} | `${string}` & {} | `${string}/` & {};
		ResolvedPathname(): `${"" | `/${string}`}${ReturnType<AppTypes['Pathname']>}`;
		Asset(): "/_headers" | "/embed.js" | "/favicon.svg" | "/screenshot.png" | string & {};
	}
}