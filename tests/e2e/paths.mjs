// Where the project and its built site are. No package imports, so the mock (and anything else
// that only needs these paths) runs on a checkout without the end-to-end tests' npm packages.
import { join, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../..");
export const distDir = join(projectRoot, "dist");
