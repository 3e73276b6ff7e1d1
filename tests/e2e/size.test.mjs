// The first-load ceiling (300 KB gzip, raised from 250 KB so that idiomatic code and the packages
// the design names come first), enforced for each page of the site: what a first visit downloads
// from the release dist/, gzipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { distDir } from "./paths.mjs";
import { FIRST_LOAD_LIMIT_KB, firstLoadSizes, kb } from "./transfer.mjs";

for (const page of ["index.html", "jobs.html", "diagnostics.html", "local.html"]) {
  test(`the first load of ${page} is at most ${FIRST_LOAD_LIMIT_KB} KB gzipped`, (t) => {
    const sizes = firstLoadSizes(distDir, page);
    for (const { file, gzipped } of sizes.files) t.diagnostic(`${file}: ${kb(gzipped)} KB`);
    t.diagnostic(`first load of ${page}, gzip -9: wasm ${kb(sizes.wasm)} KB, total ${kb(sizes.total)} KB (limit ${FIRST_LOAD_LIMIT_KB} KB)`);
    const kinds = new Set(sizes.files.map((entry) => entry.kind));
    for (const kind of ["html", "js", "css", "wasm"]) assert.ok(kinds.has(kind), `${page} loads no ${kind}: ${JSON.stringify(sizes.files)}`);
    assert.ok(
      sizes.total <= FIRST_LOAD_LIMIT_KB * 1000,
      `first load of ${page} is ${kb(sizes.total)} KB gzipped, over the ${FIRST_LOAD_LIMIT_KB} KB budget`,
    );
  });
}
