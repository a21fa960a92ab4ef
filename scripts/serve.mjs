// Serves the built app (what `next start` does) through Next's request handler, so that each
// request can carry the address of the socket it came on: Next itself only fills
// X-Forwarded-For when the client sent none, so a client could name any address it liked.
// The app believes X-Forwarded-For only when TRUST_PROXY says a proxy stands in front
// (app/_domain/config/client-address.ts); otherwise it reads this header, which is replaced
// here on every request whatever the client sent.
import http from "node:http";
import path from "node:path";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";
const PEER_HEADER = "x-tcp-srs-peer";

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(` ✓ Ready on http://${hostname}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
