/** Serves a built site (gzip, like a host): npx tsx tests/e2e/serve-build.ts DIR PORT */
import path from 'node:path';
import { serveBuild } from '../bench/serve';

const [dir = 'build', port = '4176'] = process.argv.slice(2);
await serveBuild(path.resolve(dir), Number(port));
console.log(`serving ${dir} on http://127.0.0.1:${port}/`);
