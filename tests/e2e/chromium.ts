/**
 * How the browser tests, the screenshots and the benchmark launch Chromium: Debian's build
 * (CHROMIUM_PATH overrides it), with WebGL on SwiftShader and no background network.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** WebGL on a machine without a GPU: SwiftShader, a GPU in software (MapLibre needs it). */
export const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/**
 * Chromium as Lighthouse and PageSpeed Insights run it: its own GPU choice, which headless
 * makes without a GPU. Lighthouse never loads the map's WebGL (no reader reaches for it), and
 * SwiftShader's software GPU took 0.5–0.8 s to present a page's first frame here, where
 * Chromium's own choice took 0.1–0.2 s. Lighthouse's simulated LCP counts every request that
 * finished before that observed paint as needed for it, so the late frame put all of a page's
 * scripts into its LCP (see README, "Measuring it").
 */
export const PLAIN_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export const CHROMIUM_ARGS = [...WEBGL_ARGS, ...PLAIN_ARGS];
