/**
 * The production server: `npm start` (node server.mjs [--port 3000] [--hostname 0.0.0.0]
 * [--shutdown-delay 0]).
 * Next does all the work, with one exception: a service description for a visitor who is not
 * signed in is answered from the page store (lib/cache/page-store.ts) when it holds a fresh copy,
 * before Next's routing, at about the cost of sending a file. On a host that runs `next start`
 * itself, everything works the same, only those pages take Next's longer way.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3000' },
    hostname: { type: 'string', default: '0.0.0.0' },
    // Seconds between SIGTERM and closing the port, with /api/ready answering 503 meanwhile, for
    // the load balancer to stop sending new requests here first (Kubernetes needs a few seconds
    // to take the instance out of its endpoints; a preStop sleep does the same).
    'shutdown-delay': { type: 'string', default: '0' },
  },
});
const port = Number(values.port);
const shutdownDelayMs = Number(values['shutdown-delay']) * 1000;
if (!Number.isFinite(shutdownDelayMs) || shutdownDelayMs < 0) throw new Error(`--shutdown-delay must be a number of seconds, not "${values['shutdown-delay']}"`);

// Next is not told the interface: it would build the absolute addresses of redirects from it
// (http://0.0.0.0:3000/…) instead of the name the browser used.
const app = next({ dev: false, dir: import.meta.dirname, port });
const handle = app.getRequestHandler();
await app.prepare();
// Registered by instrumentation.ts, which Next runs when it is ready.
const pageCache = () => globalThis[Symbol.for('asiointi.pageCache')];

// Read by lib/health/readiness.ts: /api/ready answers 503 from the moment SIGTERM arrives.
const SHUTTING_DOWN = Symbol.for('asiointi.shuttingDown');

const server = createServer((request, response) => {
  // Shutting down: answer, then close the connection rather than keep it alive for another request.
  if (globalThis[SHUTTING_DOWN]) response.setHeader('Connection', 'close');
  if (pageCache()?.serve(request, response)) return;
  void handle(request, response);
});

server.listen(port, values.hostname, () => {
  console.log(`Asiointi listening on http://${values.hostname}:${port}`);
});

// Registered by lib/jobs/process-queue.ts when this instance started the job queue.
const stopJobQueue = () => globalThis[Symbol.for('asiointi.stopJobQueue')]?.() ?? Promise.resolve();

// On SIGTERM: readiness fails at once; after the shutdown delay the port closes, and the requests
// in progress and the jobs in hand finish (a job cut short is retried by another instance once it
// expires). Whatever is still going 12 seconds after that is cut short.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    globalThis[SHUTTING_DOWN] = true;
    console.log(`Asiointi shutting down (${signal}): not ready; closing the port in ${shutdownDelayMs / 1000} s`);
    setTimeout(() => {
      const requestsDone = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      void Promise.allSettled([requestsDone, stopJobQueue()]).then(() => process.exit(0));
      setTimeout(() => process.exit(0), 12_000).unref();
    }, shutdownDelayMs);
  });
}
