// Starts the viewer's first requests while its wasm downloads, instead of after it has started
// (issue 15): config.json, and for a job link on an endpoint that needs no token, the job itself.
// The app takes an answer (browser::take_early) only for exactly the URL it would have requested;
// otherwise it asks itself. Written by hand because it must run before the wasm exists; it
// mirrors route::parse, Config::endpoint and api::job_url.
// A token is never read or sent here: endpoints with "auth": "token" are left to the app.
"use strict";
(() => {
  const absolute = (url) => new URL(url, document.baseURI).href;
  // Each entry: a promise of { url, response, controller } or null.
  const filed = new Map();
  const config = fetch("config.json");
  // The copy is made before the job's request below reads the original.
  filed.set("config", config.then((response) => ({ url: absolute("config.json"), response: response.clone() })));

  window.modelartsEarly = {
    // The answer for `url`, once: a promise of the Response, or of null when there is none.
    take(key, url, signal) {
      const entry = filed.get(key) ?? Promise.resolve(null);
      filed.delete(key);
      return entry.then((early) => {
        if (!early || early.url !== absolute(url)) return null;
        signal?.addEventListener("abort", () => early.controller?.abort());
        return early.response;
      });
    },
  };

  // The first Intl.DateTimeFormat of a page loads the date data (about 20 ms, four times that on a
  // slow phone). Made while the wasm downloads, after the skeleton is painted (a timeout queued in
  // an animation frame runs after that frame), it is off the path to the job on screen: the app's
  // own formatters then take well under a millisecond.
  requestAnimationFrame(() => setTimeout(() => new Intl.DateTimeFormat(undefined, { hour: "2-digit" }).format(0)));

  const route = location.hash.match(/^#\/*projects\/+([^/?]+)\/+training-jobs\/+([^/?]+)\/*(?:\?(.*))?$/);
  if (!route) return;
  // As route::percent_decode: `+` is a space. A broken escape throws: then no early request.
  const decode = (text) => decodeURIComponent(text.replace(/\+/g, " "));
  // As route::percent_encode: everything but RFC 3986's unreserved characters.
  const encode = (text) =>
    encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());

  const job = config
    .then((response) => response.json())
    .then((settings) => {
      const [, project, id, query = ""] = route;
      // As route::parse_view: the last non-empty endpoint= wins.
      const named = new URLSearchParams(query).getAll("endpoint").filter(Boolean).at(-1);
      const endpoints = settings.endpoints;
      const endpoint = named
        ? endpoints.find((e) => e.name === named)
        : (endpoints.find((e) => e.name === settings.default_endpoint) ?? endpoints[0]);
      if (!endpoint || (endpoint.auth ?? "none") !== "none") return null;
      const base = (endpoint.base_url ?? "").trim();
      const root = base === "" || base.endsWith("/") ? `${base}v2/` : `${base}/v2/`;
      const url = new URL(`${root}${encode(decode(project))}/training-jobs/${encode(decode(id))}`, document.baseURI);
      if (url.protocol !== "http:" && url.protocol !== "https:") return null;
      const controller = new AbortController();
      const response = fetch(url.href, { headers: { Accept: "application/json" }, signal: controller.signal });
      // Not left unhandled: the app, asking again, reports a failure itself.
      response.catch(() => {});
      return { url: url.href, response, controller };
    })
    .catch(() => null);
  filed.set("job", job);
})();
