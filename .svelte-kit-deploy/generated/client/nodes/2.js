import * as universal from "../../../../src/routes/[[lang=locale]]/+layout.ts";
export { universal };
export { default as component } from "../../../../src/routes/[[lang=locale]]/+layout.svelte";