#!/usr/bin/env bash
# Renders the process models to SVG for the docs, with bpmn-js (the library Camunda Modeler draws with) in
# headless Chromium:
#
#   processes/<Name>.bpmn  ->  docs/images/<Name>.svg                       (the process itself)
#                              docs/images/<Name>.<SubProcessId>.svg        (each collapsed sub-process)
#
#   scripts/render-models.sh [model.bpmn ...]      (default: processes/*.bpmn)
#
# bpmn-js is installed once, when missing, into a cache directory outside the repository
# (WERVING_RENDER_TOOLS, by default under ~/.cache/werving). Chromium is /usr/bin/chromium (CHROMIUM to use
# another), installed from Debian's packages when missing and running as root. Run it after changing a model
# and commit the SVGs with the model.
set -euo pipefail
cd "$(dirname "$0")/.."

BPMN_JS_VERSION=18.31.1
tools="${WERVING_RENDER_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/werving/bpmn-js-$BPMN_JS_VERSION}"
chromium="${CHROMIUM:-/usr/bin/chromium}"
out_dir=docs/images

as_root_with_apt() {
  [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1
}

if ! command -v npm >/dev/null 2>&1 && as_root_with_apt; then
  echo "render-models: installing Node.js and npm from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if [[ ! -x "$chromium" ]] && as_root_with_apt; then
  echo "render-models: installing Chromium from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
for tool in node npm "$chromium"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render-models: $tool is needed to render the process models" >&2
    exit 1
  fi
done

installed_version() {
  node -p "require(process.argv[1]).version" "$tools/node_modules/$1/package.json" 2>/dev/null || true
}

if [[ $(installed_version bpmn-js) != "$BPMN_JS_VERSION" ]]; then
  echo "render-models: installing bpmn-js $BPMN_JS_VERSION into $tools"
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --no-audit --no-fund "bpmn-js@$BPMN_JS_VERSION" >/dev/null
fi
viewer="$tools/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"

if [[ $# -gt 0 ]]; then
  models=("$@")
else
  shopt -s nullglob
  models=(processes/*.bpmn)
  if [[ ${#models[@]} -eq 0 ]]; then
    echo "render-models: no process models in processes/" >&2
    exit 1
  fi
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$viewer" "$work/bpmn-viewer.js"
mkdir -p "$out_dir"

for model in "${models[@]}"; do
  name=$(basename "$model" .bpmn)

  # A page that imports the model, then saves one SVG per root: the process, and the plane of every collapsed
  # sub-process (bpmn-js draws those on planes of their own). The SVGs are written base64-encoded into <pre>
  # elements, so that the DOM dump carries them unaltered.
  node - "$model" "$work/render.html" <<'NODE'
const fs = require('fs');
const [model, page] = process.argv.slice(2);
const xml = JSON.stringify(fs.readFileSync(model, 'utf8')).replace(/</g, '\\u003c');
fs.writeFileSync(page, `<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>html, body, #canvas { width: 2000px; height: 1200px; margin: 0 }</style></head>
<body><div id="canvas"></div><div id="out"></div>
<script src="bpmn-viewer.js"></script>
<script>
const out = document.getElementById('out');
function emit(id, text) {
  const pre = document.createElement('pre');
  pre.id = id;
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  pre.textContent = btoa(binary);
  out.appendChild(pre);
}
(async () => {
  try {
    const viewer = new BpmnJS({ container: '#canvas' });
    await viewer.importXML(${xml});
    const canvas = viewer.get('canvas');
    for (const root of canvas.getRootElements()) {
      canvas.setRootElement(root);
      const { svg } = await viewer.saveSVG();
      const element = root.businessObject;
      const sub = element.$instanceOf('bpmn:SubProcess') ? element.id : '';
      emit('svg:' + sub, svg);
    }
    emit('done', 'ok');
  } catch (error) {
    emit('error', String(error && error.stack || error));
  }
})();
</script></body></html>
`);
NODE

  profile=$(mktemp -d)
  "$chromium" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --virtual-time-budget=5000 --dump-dom "file://$work/render.html" >"$work/dom.html" 2>"$work/chromium.log" || true
  rm -rf "$profile"

  status=0
  node - "$work/dom.html" "$out_dir" "$name" <<'NODE' || status=$?
const fs = require('fs');
const [dom, outDir, name] = process.argv.slice(2);
const html = fs.readFileSync(dom, 'utf8');
const blocks = [...html.matchAll(/<pre id="([^"]*)">([^<]*)<\/pre>/g)]
  .map(([, id, data]) => [id, Buffer.from(data, 'base64').toString('utf8')]);
const error = blocks.find(([id]) => id === 'error');
if (error) {
  console.error(`render-models: ${name}: ${error[1]}`);
  process.exit(1);
}
if (!blocks.some(([id]) => id === 'done')) {
  console.error(`render-models: ${name}: bpmn-js did not finish; Chromium's log follows`);
  process.exit(2);
}
for (const [id, svg] of blocks) {
  if (!id.startsWith('svg:')) continue;
  const sub = id.slice(4);
  const file = `${outDir}/${name}${sub ? '.' + sub : ''}.svg`;
  // bpmn-js gives arrow-head markers random ids; number them in order, so that an unchanged model renders the
  // same SVG.
  const markers = new Map();
  const stable = svg.replace(/marker-[a-z0-9]{10,}/g, (id) => {
    if (!markers.has(id)) markers.set(id, `marker-${markers.size + 1}`);
    return markers.get(id);
  });
  fs.writeFileSync(file, stable.endsWith('\n') ? stable : stable + '\n');
  console.log(`render-models: wrote ${file}`);
}
NODE
  if [[ $status -eq 2 ]]; then
    cat "$work/chromium.log" >&2
  fi
  if [[ $status -ne 0 ]]; then
    exit 1
  fi
done
