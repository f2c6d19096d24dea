/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file that node --require loads before anything else */
// Preloaded by `npm run worker` (node --require): the `server-only` package throws outside a
// React Server Components bundle, to keep server code out of browsers. The worker is a plain
// Node process, where that guard has nothing to guard, so its import is answered with nothing.
const Module = require('node:module');
const path = require.resolve('server-only');
const stub = new Module(path);
stub.filename = path;
stub.loaded = true;
require.cache[path] = stub;
