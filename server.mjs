/**
 * The production server: `npm start` (node server.mjs [--port 3000] [--hostname 0.0.0.0]).
 * Next does all the work, with one exception: a service description for a visitor who is not
 * signed in is answered from the page store (lib/cache/page-store.ts) when it holds a fresh copy,
 * before Next's routing, at about the cost of sending a file. On a host that runs `next start`
 * itself, everything works the same, only those pages take Next's longer way.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '3000' }, hostname: { type: 'string', default: '0.0.0.0' } },
});
const port = Number(values.port);

// Next is not told the interface: it would build the absolute addresses of redirects from it
// (http://0.0.0.0:3000/…) instead of the name the browser used.
const app = next({ dev: false, dir: import.meta.dirname, port });
const handle = app.getRequestHandler();
await app.prepare();
// Registered by instrumentation.ts, which Next runs when it is ready.
const pageCache = () => globalThis[Symbol.for('asiointi.pageCache')];

const server = createServer((request, response) => {
  if (pageCache()?.serve(request, response)) return;
  void handle(request, response);
});

server.listen(port, values.hostname, () => {
  console.log(`Asiointi listening on http://${values.hostname}:${port}`);
});

// Registered by lib/jobs/process-queue.ts when this instance started the job queue.
const stopJobQueue = () => globalThis[Symbol.for('asiointi.stopJobQueue')]?.() ?? Promise.resolve();

// Stop taking new connections and let the requests in progress and the jobs in hand finish
// (a job cut short is retried by another instance once it expires).
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    const requestsDone = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    void Promise.allSettled([requestsDone, stopJobQueue()]).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 12_000).unref();
  });
}
