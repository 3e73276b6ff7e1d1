#!/usr/bin/env python3
"""Trunk post-build hook: moves Trunk's inline module loader into its own hashed file.

A strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline') blocks
inline scripts, and Trunk 0.21 has no option to emit its loader as a file. The loader's relative
imports keep working because the new file sits beside index.html.
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as index_file:
    html = index_file.read()

inline = re.compile(r'<script type="module">(.*?)</script>', re.S)
scripts = inline.findall(html)
if len(scripts) != 1:
    sys.exit(f"externalize-loader: expected one inline module script in {index_path}, found {len(scripts)}")
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
    sys.exit("externalize-loader: index.html still has an inline script or style")
with open(index_path, "w", encoding="utf-8") as index_file:
    index_file.write(html)
print(f"externalize-loader: wrote {name}")
