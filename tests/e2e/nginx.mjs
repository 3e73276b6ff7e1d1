// Starts Debian's nginx on loopback with deploy/nginx.conf, filled by envsubst exactly as the README
// tells users to, serving dist/ under a sub-path over HTTPS (plain HTTP only redirects) and proxying
// the API to an upstream whose certificate it verifies.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { distDir, projectRoot } from "./paths.mjs";
import { freePort } from "./harness.mjs";

const VARIABLES =
  "${LISTEN} ${LISTEN_TLS} ${SERVER_NAME} ${PUBLIC_ORIGIN} ${TLS_CERT} ${TLS_KEY} ${SUB_PATH} ${DIST_DIR} " +
  "${MODELARTS_ENDPOINT} ${UPSTREAM_CA} ${UPSTREAM_TOKEN} ${ALLOWED_PROJECTS} ${FRAME_ANCESTORS}";

/**
 * A self-signed certificate for localhost and 127.0.0.1, written as `{name}.crt` and `{name}.key`
 * into `dir`. Being its own issuer, it is also the CA bundle that makes a client trust it.
 */
export function selfSignedCert(dir, name) {
  const certPath = join(dir, `${name}.crt`);
  const keyPath = join(dir, `${name}.key`);
  const made = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
     "-subj", `/CN=localhost`, "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
     "-keyout", keyPath, "-out", certPath],
    { encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
  return { certPath, keyPath, cert: readFileSync(certPath), key: readFileSync(keyPath) };
}

/**
 * One HTTP(S) exchange with full control over method, headers and body (fetch refuses a GET body
 * and cannot be given a CA). Returns { status, headers (lower-case names), body }.
 */
export function exchange(url, { method = "GET", headers = {}, body, ca } = {}) {
  const target = new URL(url);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  // Node frames no GET body on its own: without a length the bytes would read as a second request.
  // A "Transfer-Encoding: chunked" header frames it instead, and Node then sends it in chunks.
  const chunked = Object.keys(headers).some((name) => name.toLowerCase() === "transfer-encoding");
  if (body !== undefined && !chunked) headers = { "Content-Length": Buffer.byteLength(body), ...headers };
  return new Promise((resolve, reject) => {
    const req = send(target, { method, headers, ca, agent: false }, (response) => {
      let text = "";
      response.setEncoding("latin1");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * `upstream` is MODELARTS_ENDPOINT, `upstreamCa` the CA bundle nginx verifies it against,
 * `upstreamToken` and `allowedProjects` UPSTREAM_TOKEN and ALLOWED_PROJECTS.
 * Returns `url` (the viewer over https), `httpUrl` (the redirecting listener), `ca` (the front
 * certificate, for clients), `request(pathOrUrl, options)` (an exchange trusting that CA) and
 * `errorLog()`.
 */
export async function startNginx({ port, subPath = "/tools/jobs/", upstream, upstreamCa, upstreamToken = "", allowedProjects = "" }) {
  const prefix = mkdtempSync(join(tmpdir(), "job-viewer-nginx-"));
  for (const dir of ["logs", "tmp"]) mkdirSync(join(prefix, dir));
  copyFileSync("/etc/nginx/mime.types", join(prefix, "mime.types"));
  const front = selfSignedCert(prefix, "front");
  const httpPort = await freePort();
  const origin = `https://127.0.0.1:${port}`;
  const filled = spawnSync("envsubst", [VARIABLES], {
    input: readFileSync(join(projectRoot, "deploy/nginx.conf"), "utf8"),
    env: {
      ...process.env,
      LISTEN: `127.0.0.1:${httpPort}`,
      LISTEN_TLS: `127.0.0.1:${port}`,
      SERVER_NAME: "localhost",
      PUBLIC_ORIGIN: origin,
      TLS_CERT: front.certPath,
      TLS_KEY: front.keyPath,
      SUB_PATH: subPath,
      DIST_DIR: distDir,
      MODELARTS_ENDPOINT: upstream,
      UPSTREAM_CA: upstreamCa,
      UPSTREAM_TOKEN: upstreamToken,
      ALLOWED_PROJECTS: allowedProjects,
      FRAME_ANCESTORS: "'none'",
    },
    encoding: "utf8",
  });
  if (filled.status !== 0) throw new Error(`envsubst failed: ${filled.stderr}`);
  writeFileSync(join(prefix, "job-viewer.conf"), filled.stdout);
  writeFileSync(
    join(prefix, "nginx.conf"),
    `worker_processes 1;
daemon off;
${process.getuid?.() === 0 ? "user root;" : ""}
error_log ${prefix}/logs/error.log warn;
pid ${prefix}/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  include ${prefix}/job-viewer.conf;
}
`,
  );
  const check = spawnSync("nginx", ["-t", "-p", prefix, "-c", join(prefix, "nginx.conf")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn("nginx", ["-p", prefix, "-c", join(prefix, "nginx.conf")], { stdio: "ignore" });
  const url = `${origin}${subPath}`;
  const request = (pathOrUrl, options = {}) => exchange(new URL(pathOrUrl, url), { ca: front.cert, ...options });
  const errorLog = () => readFileSync(join(prefix, "logs/error.log"), "utf8");
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await request(url)).status === 200) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url}:\n${errorLog()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    httpUrl: `http://127.0.0.1:${httpPort}${subPath}`,
    ca: front.cert,
    request,
    errorLog,
    async close() {
      child.kill("SIGQUIT");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
