/**
 * The load balancer of the two-instance test: one address (PUBLIC_URL) in front of both app
 * instances, as production has one in front of N. Requests take turns between the instances,
 * unless the test pins one with the request header `x-topology-instance: 1` or `2`. Every answer
 * says which instance gave it in the same header, so the test can check where a step ran.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const INSTANCE_HEADER = 'x-topology-instance';

export type RoundRobinProxy = { url: string; servedBy: Map<string, number>; close: () => Promise<void> };

export async function startRoundRobinProxy(port: number, instancePorts: number[]): Promise<RoundRobinProxy> {
  const agent = new http.Agent({ keepAlive: true });
  const servedBy = new Map<string, number>();
  let turn = 0;
  const server = http.createServer((request, response) => {
    const pinned = Number(request.headers[INSTANCE_HEADER]);
    const index = Number.isInteger(pinned) && pinned >= 1 && pinned <= instancePorts.length ? pinned - 1 : turn++ % instancePorts.length;
    const instance = String(index + 1);
    servedBy.set(instance, (servedBy.get(instance) ?? 0) + 1);
    const headers = { ...request.headers };
    delete headers[INSTANCE_HEADER];
    // As a load balancer does: the instance learns the client's address and the scheme.
    headers['x-forwarded-for'] = request.socket.remoteAddress ?? '127.0.0.1';
    headers['x-forwarded-proto'] = 'http';
    const upstream = http.request(
      { host: '127.0.0.1', port: instancePorts[index], method: request.method, path: request.url, headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [INSTANCE_HEADER]: instance });
        answer.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain', [INSTANCE_HEADER]: instance });
      response.end(`instance ${instance} did not answer: ${error.message}`);
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Every interface: a browser or Node may reach "localhost" over IPv6 or IPv4.
    server.listen(port, resolve);
  });
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${listening}`,
    servedBy,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
