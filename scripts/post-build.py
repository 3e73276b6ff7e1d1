#!/usr/bin/env python3
"""Trunk post-build hook, in two steps.

1. Moves Trunk's inline module loader into its own hashed file. A strict Content-Security-Policy
   (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') blocks inline scripts, and Trunk 0.21
   has no option to emit its loader as a file. The loader's relative imports keep working because
   the new file sits beside index.html.
2. In release builds, minifies wasm-bindgen's JavaScript glue with terser (installed by
   scripts/setup): Trunk's own minifier cannot parse the glue and ships it as it is, 2 KB more of
   the 300 KB first load. The glue keeps its name; its integrity hash in index.html is updated.
   prefetch.js likewise (Trunk leaves it alone, data-no-minify: terser does better).
"""
import base64
import hashlib
import os
import re
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as index_file:
    html = index_file.read()

# Quoted as written, or unquoted once Trunk has minified the page.
inline = re.compile(r'<script type="?module"?>(.*?)</script>', re.S)
scripts = inline.findall(html)
if len(scripts) != 1:
    sys.exit(f"post-build: expected one inline module script in {index_path}, found {len(scripts)}")
source = scripts[0].strip() + "\n"
digest = hashlib.sha384(source.encode()).digest()
name = f"loader-{hashlib.sha256(source.encode()).hexdigest()[:16]}.js"
with open(os.path.join(staging, name), "w", encoding="utf-8") as loader:
    loader.write(source)
integrity = "sha384-" + base64.b64encode(digest).decode()
tag = f'<script type="module" src="./{name}" integrity="{integrity}" crossorigin="anonymous"></script>'
html = inline.sub(lambda _: tag, html, count=1)
# `trunk serve` adds its own inline live-reload script; only a release build must be free of them.
if os.environ.get("TRUNK_PROFILE", "release") == "release" and (
    re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) or re.search(r"\sstyle=", html)
):
    sys.exit("post-build: index.html still has an inline script or style")
with open(index_path, "w", encoding="utf-8") as index_file:
    index_file.write(html)
print(f"post-build: wrote {name}")


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def minify(file_name, module):
    """Minifies a shipped script with terser and updates its integrity hash in the page."""
    global html
    path = os.path.join(staging, file_name)
    with open(path, "rb") as script:
        before = script.read()
    try:
        subprocess.run(
            ["terser", path, *(["--module"] if module else []), "--compress", "--mangle", "--output", path],
            check=True,
        )
    except FileNotFoundError:
        sys.exit("post-build: terser is not on PATH: run scripts/setup, then source scripts/env.sh")
    with open(path, "rb") as script:
        after = script.read()
    if sri(before) not in html:
        sys.exit(f"post-build: index.html does not name the integrity hash of {file_name}")
    html = html.replace(sri(before), sri(after))
    print(f"post-build: minified {file_name}: {len(before)} -> {len(after)} bytes")


if os.environ.get("TRUNK_PROFILE", "release") == "release":
    imported = re.search(r"from '\./([^']+\.js)'", source)
    if not imported:
        sys.exit("post-build: the loader imports no glue file")
    minify(imported.group(1), module=True)
    # prefetch.js, left alone by Trunk (data-no-minify): terser makes it 0.1 KB smaller gzipped
    # than Trunk's minifier does, on a first load at its ceiling.
    for early in re.findall(r"src=\.?/?(prefetch-[0-9a-f]+\.js)", html):
        minify(early, module=False)
    with open(index_path, "w", encoding="utf-8") as index_file:
        index_file.write(html)
