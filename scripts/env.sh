# Sourced by the scripts: where the project's tools live. Safe to source more than once.
project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="$project_root/.tools"
export PATH="$tools_dir/binaryen/node_modules/.bin:$tools_dir/terser/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The wasm-bindgen version is read from Cargo.lock, never written down twice.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$project_root/Cargo.lock"
}
# The wasm-opt version is read from Trunk.toml ("version_132" -> 132).
wasm_opt_version() {
  sed -n 's/^wasm_opt = "version_\([0-9]*\)".*/\1/p' "$project_root/Trunk.toml"
}
