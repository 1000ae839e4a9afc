// One evaluator for every tool. Usage: node evaluate.mjs <gold.jsonl> <section.md> <title> <name>=<output.jsonl>=<timing.json> ...
// Recall: an identifier is caught only if none of its tokens (runs of letters/digits) is left: for each token,
// the output may hold it no more often than the original holds it outside identifiers. Retention: a clinical
// term survives if it still appears verbatim. False positives: identifier-free posts whose text changed.
import fs from 'node:fs';
const [goldPath, resultsPath, title, ...runs] = process.argv.slice(2);
const gold = fs.readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const count = (text, token) => {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  return (text.match(re) ?? []).length;
};
const rows = [];
for (const run of runs) {
  const [name, outPath, timingPath] = run.split('=');
  const outputs = new Map(fs.readFileSync(outPath, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l)).map(o => [o.id, o.text]));
  const timing = JSON.parse(fs.readFileSync(timingPath, 'utf8'));
  let ids = 0, caught = 0, terms = 0, kept = 0, clean = 0, touched = 0;
  const byType = {};
  for (const post of gold) {
    const out = outputs.get(post.id) ?? post.text;
    let outside = post.text;
    for (const id of [...post.identifiers].sort((a, b) => b.start - a.start)) outside = outside.slice(0, id.start) + ' '.repeat(id.end - id.start) + outside.slice(id.end);
    for (const id of post.identifiers) {
      ids++;
      const tokens = post.text.slice(id.start, id.end).match(/[\p{L}\p{N}]+/gu) ?? [];
      const ok = tokens.every(t => count(out, t) <= count(outside, t));
      if (ok) caught++;
      byType[id.type] ??= [0, 0];
      byType[id.type][0]++; if (ok) byType[id.type][1]++;
    }
    for (const term of post.clinicalTerms) { terms++; if (out.includes(term)) kept++; }
    if (post.identifiers.length === 0) { clean++; if (out !== post.text) touched++; }
  }
  rows.push({ name, recall: caught / ids, retention: kept / terms, fp: `${touched}/${clean}`, pps: timing.postsPerSecond, byType });
}
const types = [...new Set(rows.flatMap(r => Object.keys(r.byType)))].sort();
let md = `## ${title}\n\n${gold.length} posts (${goldPath.slice(goldPath.indexOf('tests/'))}).\n\n`;
md += '| scrubber | identifier recall | clinical retention | identifier-free posts changed | posts/s |\n|---|---|---|---|---|\n';
for (const r of rows) md += `| ${r.name} | ${r.recall.toFixed(4)} | ${r.retention.toFixed(4)} | ${r.fp} | ${Math.round(r.pps)} |\n`;
md += '\nRecall by identifier type:\n\n| type | n | ' + rows.map(r => r.name).join(' | ') + ' |\n|---|---|' + rows.map(() => '---').join('|') + '|\n';
for (const t of types) md += `| ${t} | ${rows[0].byType[t]?.[0] ?? 0} | ` + rows.map(r => ((r.byType[t]?.[1] ?? 0) / (r.byType[t]?.[0] || 1)).toFixed(3)).join(' | ') + ' |\n';
fs.writeFileSync(resultsPath, md);
console.log(md);
