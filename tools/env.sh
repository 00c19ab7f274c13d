# Sourced by the tools/ scripts: where the tools are, and how the wasm is built.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Leptos type-erases each component's view in the wasm build, about a fifth
# smaller. Set for wasm32 only, so native builds keep their cache; the browser
# tests build the wasm exactly as it ships.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components"
