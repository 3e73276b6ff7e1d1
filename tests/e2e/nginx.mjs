// Starts Debian's nginx on loopback with deploy/nginx.conf, filled by envsubst exactly as the README
// tells users to, serving dist/ under a sub-path and proxying the API to the mock.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, copyFileSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { distDir, projectRoot } from "./paths.mjs";

const VARIABLES = "${LISTEN} ${SERVER_NAME} ${SUB_PATH} ${DIST_DIR} ${MODELARTS_ENDPOINT} ${UPSTREAM_TOKEN} ${FRAME_ANCESTORS}";

export async function startNginx({ port, subPath = "/tools/jobs/", upstream, upstreamToken = "" }) {
  const prefix = mkdtempSync(join(tmpdir(), "job-viewer-nginx-"));
  for (const dir of ["logs", "tmp"]) mkdirSync(join(prefix, dir));
  copyFileSync("/etc/nginx/mime.types", join(prefix, "mime.types"));
  const filled = spawnSync("envsubst", [VARIABLES], {
    input: readFileSync(join(projectRoot, "deploy/nginx.conf"), "utf8"),
    env: {
      ...process.env,
      LISTEN: `127.0.0.1:${port}`,
      SERVER_NAME: "localhost",
      SUB_PATH: subPath,
      DIST_DIR: distDir,
      MODELARTS_ENDPOINT: upstream,
      UPSTREAM_TOKEN: upstreamToken,
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
  const url = `http://127.0.0.1:${port}${subPath}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url}:\n${readFileSync(join(prefix, "logs/error.log"), "utf8")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async close() {
      child.kill("SIGQUIT");
      await new Promise((resolve) => child.once("exit", resolve));
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
