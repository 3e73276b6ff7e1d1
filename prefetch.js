// Starts a page's first requests while its wasm downloads, instead of after it has started
// (issue 15): config.json, and for a job link on an endpoint that needs no token, the job itself;
// on the diagnostics page also the linked section's first call (a task's log, or the events).
// The app takes an answer (browser::take_early) only for exactly the URL it would have requested;
// otherwise it asks itself and the early request is aborted (one the app never asks for, say on a
// route it shows an error for, is left to finish). Written by hand because it must run
// before the wasm exists; it mirrors parse_config, route::parse, Config::endpoint, api::job_url,
// api::events_url, api::log_preview_url and api::as_file, and when in doubt it asks for nothing.
// A token is never read or sent here: endpoints with "auth": "token" are left to the app.
// On the viewer, the job's name from that early answer is painted in the skeleton while the wasm
// downloads, and the wasm starts once it is on screen (window.modelartsEarly.shown).
// It runs first in the page, before the rest of it is parsed (index.html says why), and so always
// before the app, whose module script runs after parsing.
(() => {
  // The start page, a project's list and a comparison are the finder page's (jobs.html), a job's
  // events, logs, resource usage and JSON (?section=events|logs|metrics|json) the diagnostics page's
  // (diagnostics.html, see pages::diagnostics_page): from the viewer, go there before its wasm
  // downloads, as the app would after it.
  // As route::parse_view: the last section= decides, decoded; a link the app would keep here
  // stays, or the pages would send it back and forth.
  const jobQuery = /^#?\/*projects\/+[^/?]+\/+training-jobs\/+[^/?]+\/*\?(.*)$/.exec(location.hash)?.[1] ?? "";
  const section = jobQuery
    .split("&")
    .filter((pair) => pair.split("=")[0] === "section")
    .map((pair) => {
      try {
        return decodeURIComponent(pair.slice("section=".length).replace(/\+/g, " "));
      } catch {
        return "";
      }
    })
    .at(-1);
  const diagnosticsSection = ["events", "logs", "metrics", "json"].includes(section);
  // diagnostics.html says so on its root element; the app moves any other route away from it.
  const onDiagnostics = document.documentElement.dataset.page === "diagnostics";
  if (onDiagnostics && !diagnosticsSection) return;
  // The page being left does not start its wasm (the loader waits for `shown`), unless it is
  // somehow still here seconds later.
  const leaveFor = (page) => {
    window.modelartsEarly = { shown: new Promise((resolve) => setTimeout(resolve, 3_000)) };
    location.replace(page + location.hash);
  };
  if (!onDiagnostics && diagnosticsSection) return leaveFor("diagnostics.html");
  if (!onDiagnostics && /^#?\/*(?:projects\/+[^/?]+\/+(?:training-jobs\/*(?:\?.*)?|compare\/.*))?$/.test(location.hash)) {
    return leaveFor("jobs.html");
  }
  // A file opened from disk is local.html's (route::parse reads `#/local` so).
  if (!onDiagnostics && /^#?\/*local\/*(?:\?.*)?$/.test(location.hash)) return leaveFor("local.html");
  const absolute = (url) => new URL(url, document.baseURI).href;
  // Each entry: a promise of { url, response, controller } or null, under the name of the app's
  // measure that will read it (state::loader's Measures: job, diagnostics, log, events).
  const filed = new Map();
  const config = fetch("config.json");
  // The copy is made before the plan below reads the original.
  filed.set("config", config.then((response) => ({ url: absolute("config.json"), response: response.clone() })));

  window.modelartsEarly = {
    // The answer for `url`, once: a promise of the Response, or of null when there is none.
    take(key, url, signal) {
      const entry = filed.get(key) ?? Promise.resolve(null);
      filed.delete(key);
      return entry.then((early) => {
        if (!early) return null;
        if (early.url !== absolute(url) || signal?.aborted) {
          early.controller?.abort();
          return null;
        }
        signal?.addEventListener("abort", () => early.controller?.abort());
        return early.response;
      });
    },
  };

  // As route::parse: four path segments, then everything after the first `?`.
  const route = location.hash.match(/^#\/*projects\/+([^/?]+)\/+training-jobs\/+([^/?]+)\/*(?:\?(.*))?$/);
  if (!route) return;
  // As route::percent_decode: `+` is a space. A broken escape throws: then no early request.
  const decode = (text) => decodeURIComponent(text.replace(/\+/g, " "));
  // As route::percent_encode: everything but RFC 3986's unreserved characters.
  const encode = (text) =>
    encodeURIComponent(text).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  // As parse_config: a config the app would refuse (and replace by the demo) gets no early request.
  const text = (value) => value === undefined || value === null || typeof value === "string";
  const seconds = (value) => value === undefined || value === null || (Number.isInteger(value) && value >= 0);
  const allowedBase = (url) => {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
    return !scheme || /^https?$/i.test(scheme[1]);
  };
  const usable = (settings) =>
    Array.isArray(settings?.endpoints) &&
    settings.endpoints.length > 0 &&
    settings.endpoints.every(
      (e) =>
        typeof e?.name === "string" &&
        [undefined, null, "none", "token"].includes(e.auth) &&
        text(e.base_url) &&
        allowedBase((e.base_url ?? "").trim()),
    ) &&
    text(settings.default_endpoint) &&
    seconds(settings.refresh_seconds) &&
    seconds(settings.timeout_seconds);

  // The URLs to ask for early, by name, once config.json is read; null when the app must decide.
  const planned = config
    .then((response) => (response.ok ? response.json() : null))
    .then((settings) => {
      if (!usable(settings)) return null;
      const [, rawProject, rawJob, query = ""] = route;
      const [project, id] = [decode(rawProject), decode(rawJob)];
      // As route::usable_id: a blank id, or `.` and `..`, which would climb the path, names nothing.
      const usableId = (text) => text.trim() !== "" && text !== "." && text !== "..";
      if (!usableId(project) || !usableId(id)) return null;
      // As route::parse_view: keys compared as written, the last non-empty endpoint= wins, and
      // the last usable task=, read only for a log link (a broken escape there, which the app
      // keeps as typed, costs only the log's early request).
      let named = null;
      let task = null;
      for (const pair of query.split("&")) {
        const [key, value = ""] = pair.split(/=(.*)/s);
        if (key === "endpoint" && value) named = decode(value);
        if (key === "task" && onDiagnostics && section === "logs") {
          try {
            if (usableId(decode(value))) task = decode(value);
          } catch {
            task = null;
          }
        }
      }
      const endpoints = settings.endpoints;
      const byName = (name) => endpoints.find((e) => e.name === name);
      // A name not in config.json may be an endpoint added in the browser: left to the app.
      const wanted = named ?? settings.default_endpoint;
      const endpoint = wanted ? byName(wanted) : endpoints[0];
      if (!endpoint || (endpoint.auth ?? "none") !== "none") return null;
      const base = (endpoint.base_url ?? "").trim();
      const root = base === "" || base.endsWith("/") ? `${base}v2/` : `${base}/v2/`;
      const job = `${root}${encode(project)}/training-jobs/${encode(id)}`;
      // As api::as_file: a folder of saved answers ("files": true) holds each call's answer as
      // its path plus `.json`, without the query.
      const call = (path, query = "") => (endpoint.files === true ? `${path}.json` : `${path}${query}`);
      if (!onDiagnostics) return { job: call(job) };
      // As pages::diagnostics: the linked task's log, or the events, load beside the job.
      return {
        diagnostics: call(job),
        log: section === "logs" && task ? call(`${job}/tasks/${encode(task)}/logs/preview`) : null,
        events: section === "events" ? call(`${job}/events`, "?limit=100") : null,
      };
    })
    .catch(() => null);

  const ask = (path) => {
    const url = new URL(path, document.baseURI);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    const controller = new AbortController();
    const response = fetch(url.href, { headers: { Accept: "application/json" }, signal: controller.signal });
    // Not left unhandled: the app, asking again, reports a failure itself.
    response.catch(() => {});
    return { url: url.href, response, controller };
  };
  for (const key of ["job", "diagnostics", "log", "events"]) {
    filed.set(key, planned.then((urls) => (urls?.[key] ? ask(urls[key]) : null)).catch(() => null));
  }

  // The job's name on screen as soon as its answer is here (issue 15): as text, in the skeleton's
  // heading. Read from a copy made before the app can have read the answer (this reaction is
  // registered first, the app's only once it has started). Only the name: every word around it is
  // the app's. An answer that comes after the link has changed is another job's: no name then.
  let relinked = false;
  let relink;
  const relinking = new Promise((resolve) => (relink = resolve));
  const painted = filed
    .get("job")
    .then((early) => early?.response)
    .then((answer) => (answer?.ok ? answer.clone().json() : null))
    .then((answer) => {
      const name = answer?.metadata?.name;
      const heading = document.getElementById("boot-name");
      if (relinked || typeof name !== "string" || name.trim() === "" || !heading) return;
      heading.textContent = name;
      // For the app's loading cards, which keep it on screen until the job is shown.
      window.modelartsEarly.name = name;
      // Settled once the frame showing it has been painted (as browser::after_paint); a hidden
      // tab paints no frame, and nobody would see it.
      if (document.hidden) return;
      return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    })
    .catch(() => {});
  // The viewer's loader (Trunk.toml's pattern_script) starts the wasm once this settles. Started
  // at once, the wasm's compilation and the app's first layout held the main thread when the
  // answer came, and on issue 15's slow CPU the name waited for them: 200-300 ms later, together
  // with the app's view. It settles once the name is painted; as soon as it is known that there
  // is none to paint (no early request, an error, no name) or the link has changed; and after half
  // a second at the latest: a slow answer must not keep the app's loading card, which says what is
  // loading and from where, off the screen for long. The diagnostics page paints no name.
  if (!onDiagnostics) {
    window.modelartsEarly.shown = Promise.race([painted, relinking, new Promise((resolve) => setTimeout(resolve, 500))]);
  }
  // A link changed before the app has started names another job: the name goes, and the app,
  // asking for that job, aborts this one's request.
  addEventListener("hashchange", () => {
    relinked = true;
    relink();
    window.modelartsEarly.name = undefined;
    const heading = document.getElementById("boot-name");
    if (heading) heading.textContent = "";
  });
})();
