/**
 * The countries the map is about: the 45 of geo/data/populations.csv (EU, EFTA, the UK, the
 * Western Balkans, Türkiye, Ukraine, Moldova, Belarus and the microstates) and the Vatican.
 * Other land on the base map (Russia, North Africa, the Middle East) is context only.
 */
// prettier-ignore
export const EUROPEAN_COUNTRIES = [
	'AD', 'AL', 'AT', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR',
	'GB', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT',
	'NL', 'NO', 'PL', 'PT', 'RO', 'RS', 'SE', 'SI', 'SK', 'SM', 'TR', 'UA', 'VA', 'XK'
] as const;

const european = new Set<string>(EUROPEAN_COUNTRIES);
export const isEuropean = (iso2: string) => european.has(iso2);
