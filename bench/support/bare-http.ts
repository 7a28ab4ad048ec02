import http from 'node:http';

/** The HTTP ceiling: a bare Node server answering a fixed JSON body of a given size, nothing else. */
const size = Number(process.argv[2] ?? 1000);
const body = Buffer.from(JSON.stringify({ items: 'x'.repeat(Math.max(0, size - 13)) }));
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send!({ cmd: 'ready', port: (server.address() as { port: number }).port }));
process.on('message', (m: { cmd: string }) => m.cmd === 'stop' && server.close(() => process.exit(0)));
