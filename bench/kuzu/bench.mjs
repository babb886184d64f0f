// The Kùzu side of GraphExplorer's load / open / queries benchmark (issue 14), on the same JSON Lines facts file that
// `graphexplorer generate --people N --seed 1 --out FILE` writes, so anyone can repeat the comparison table.
//
//   node bench.mjs --facts FILE [--pairs 1000] [--seed 1] [--runs 3] [--keep] [--work DIR]
//
// Each measured phase runs in a fresh child process (this same file with --child), so a phase's peak memory (VmHWM,
// the resident set's high-water mark) is its own and not the converter's or an earlier phase's:
//   convert  facts -> CSV node and rel tables (timed, not counted, like generating the file on our side)
//   load     create the database in a temporary folder, schema, COPY every table, close (durable on disk)
//   open     process start to the first answered shortest path, as `graphexplorer bench open`, then flows once (warm)
//   queries  shortest paths between random person pairs (p50/p99), moves per lab pair (first and repeated call)
// The lines printed use the labels, measures and units of `graphexplorer bench load|open|queries`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ANSWERED = 'answered';
const MAX_HOPS = 6; // PathQuery.DefaultMaxHops: what `bench queries` asks for.

// ---------- command line ----------

class UsageError extends Error {}

/** A facts file this script cannot read: reported as file:line and the reason, without a stack. */
class InputError extends Error {}

function parseArgs(argv) {
  const options = { facts: null, pairs: 1000, seed: 1, runs: 3, keep: false, work: null, child: null, db: null, csv: null, from: null, to: null };
  const numbers = new Set(['pairs', 'seed', 'runs']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument '${arg}'`);
    const name = arg.slice(2);
    if (name === 'keep') { options.keep = true; continue; }
    if (!(name in options)) throw new UsageError(`unknown option '${arg}' (known: --facts, --pairs, --seed, --runs, --keep, --work)`);
    const value = argv[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    if (numbers.has(name)) {
      const n = Number(value);
      if (!Number.isInteger(n) || n < (name === 'seed' ? 0 : 1)) throw new UsageError(`${arg}: '${value}' is not a whole number of at least ${name === 'seed' ? 0 : 1}`);
      options[name] = n;
    } else {
      options[name] = value;
    }
  }

  return options;
}

// ---------- shared helpers ----------

const mb = (bytes) => `${Math.round(bytes / 1048576).toLocaleString('en-US')} MB`;
const ms = (value) => `${value.toFixed(3)} ms`;
const line = (label, value) => console.log(`${label.padEnd(16)} ${value}`);
const loadAverage = () => (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : 'unknown');

/** The process's resident-set high-water mark in bytes (VmHWM), the same notion as .NET's peak working set on Linux. */
function peakRss() {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

/** A small seeded generator (mulberry32): the same seed picks the same pairs on every run. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const describe = (sorted) => `p50 ${ms(percentile(sorted, 0.5))}, p99 ${ms(percentile(sorted, 0.99))}, max ${ms(sorted[sorted.length - 1])} over ${sorted.length.toLocaleString('en-US')}`;

function folderSize(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + folderSize(join(path, name)), 0);
}

async function rows(connection, statement, params) {
  const prepared = await connection.prepare(statement);
  if (!prepared.isSuccess()) throw new Error(`Kùzu refused a statement: ${prepared.getErrorMessage()}\n${statement}`);
  const result = await connection.execute(prepared, params ?? {});
  const all = await result.getAll();
  result.close();
  return all;
}

// ---------- conversion: facts (JSON Lines) -> CSV ----------

/**
 * Our ids for canonical names (Names.Slug): lowercase ASCII letters and digits, other runs become one hyphen. The
 * generator writes plain Latin names, so this gives the ids our store gives; a name without enough Latin letters gets
 * our hashed form only in the store, so such a file is refused here rather than given ids that differ from ours.
 */
function slug(name, where) {
  const key = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const id = key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (id.length === 0 || id.length * 2 < key.replace(/\s/g, '').length) {
    throw new InputError(`${where}: '${name}' has too few Latin letters for a plain id; this script handles generated facts (graphexplorer generate)`);
  }

  return id;
}

const csvField = (value) => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;
};

// Article ids are limited to [A-Za-z0-9._:-] (facts.schema.json), so a list needs no quoting inside the brackets.
const csvList = (items) => `"[${items.join(',')}]"`;

/** A partial date as our parser reads it: "2024", "2024-08", "2024-08-06", or a four-digit year as a number. */
function date(value, where, field) {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  if (text === '') return null;
  if (!/^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text)) throw new InputError(`${where}: field '${field}': '${value}' is not a date (yyyy, yyyy-mm or yyyy-mm-dd)`);
  return text;
}

function text(value, where, field, required) {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    if (required) throw new InputError(`${where}: field '${field}' is missing`);
    return null;
  }

  if (typeof value !== 'string') throw new InputError(`${where}: field '${field}' must be a string`);
  return value.trim();
}

function sources(fact, where) {
  const all = [];
  if (fact.source !== undefined && fact.source !== null && String(fact.source).trim() !== '') all.push(String(fact.source).trim());
  if (Array.isArray(fact.sources)) all.push(...fact.sources.map((s) => String(s).trim()));
  for (const id of all) {
    if (!/^[A-Za-z0-9._:-]{1,200}$/.test(id)) throw new InputError(`${where}: source '${id}' is not an article id`);
  }

  return [...new Set(all)];
}

async function convert(factsPath, csvFolder) {
  const people = new Map(); // id -> name
  const labs = new Map();
  const tables = {
    Article: ['id,title,url,language,published'],
    WORKED_AT: ['person,lab,role,start,end,sources'],
    LEFT_FOR: ['person,lab,fromLab,date,sources'],
    FOUNDED: ['person,lab,date,sources'],
  };
  // Our store keeps one edge per distinct assertion and merges the sources of repeats; so does this conversion.
  const edges = new Map();
  const writers = Object.fromEntries(Object.keys(tables).map((name) => [name, createWriteStream(join(csvFolder, `${name}.csv`))]));
  for (const [name, header] of Object.entries(tables)) writers[name].write(`${header[0]}\n`);
  const write = async (name, row) => {
    if (!writers[name].write(`${row}\n`)) await once(writers[name], 'drain');
  };
  const node = (map, name, where) => {
    const id = slug(name, where);
    const known = map.get(id);
    if (known !== undefined && known !== name) throw new InputError(`${where}: '${name}' and '${known}' both make the id '${id}'; this script does not resolve aliases`);
    map.set(id, name);
    return id;
  };

  let number = 0;
  let facts = 0;
  const input = createInterface({ input: createReadStream(factsPath, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const raw of input) {
    number++;
    const where = `${factsPath}:${number}`;
    if (raw.trim() === '') continue;
    let fact;
    try {
      fact = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${where}: not valid JSON (${error.message})`);
    }

    if (fact === null || typeof fact !== 'object' || Array.isArray(fact)) throw new InputError(`${where}: a fact must be a JSON object`);
    facts++;
    switch (fact.type) {
      case 'ARTICLE': {
        const id = text(fact.id, where, 'id', true);
        await write('Article', [id, text(fact.title, where, 'title'), text(fact.url, where, 'url'), text(fact.language, where, 'language'), date(fact.published, where, 'published')].map(csvField).join(','));
        break;
      }
      case 'WORKED_AT': {
        const person = node(people, text(fact.person, where, 'person', true), where);
        const lab = node(labs, text(fact.lab, where, 'lab', true), where);
        const values = [person, lab, text(fact.role, where, 'role'), date(fact.start, where, 'start'), date(fact.end, where, 'end')];
        addEdge(edges, 'WORKED_AT', values, sources(fact, where));
        break;
      }
      case 'LEFT_FOR': {
        const person = node(people, text(fact.person, where, 'person', true), where);
        const from = node(labs, text(fact.from, where, 'from', true), where);
        const to = node(labs, text(fact.to, where, 'to', true), where);
        if (from === to) throw new InputError(`${where}: 'from' and 'to' name the same lab`);
        addEdge(edges, 'LEFT_FOR', [person, to, from, date(fact.date, where, 'date')], sources(fact, where));
        break;
      }
      case 'FOUNDED': {
        const person = node(people, text(fact.person, where, 'person', true), where);
        const lab = node(labs, text(fact.lab, where, 'lab', true), where);
        addEdge(edges, 'FOUNDED', [person, lab, date(fact.date, where, 'date')], sources(fact, where));
        break;
      }
      case 'ALIAS':
        throw new InputError(`${where}: ALIAS facts are not handled by this script (the generator writes none)`);
      default:
        throw new InputError(`${where}: unknown fact type '${fact.type}'`);
    }
  }

  for (const [key, edge] of edges) {
    await write(key.slice(0, key.indexOf('\u0001')), [...edge.values.map(csvField), csvList(edge.sources)].join(','));
  }

  const nodes = { Person: people, Lab: labs };
  for (const [name, map] of Object.entries(nodes)) {
    const out = createWriteStream(join(csvFolder, `${name}.csv`));
    out.write('id,name,aliases\n');
    for (const [id, label] of map) {
      if (!out.write(`${csvField(id)},${csvField(label)},"[]"\n`)) await once(out, 'drain');
    }

    out.end();
    await once(out, 'finish');
  }

  for (const out of Object.values(writers)) {
    out.end();
    await once(out, 'finish');
  }

  return { facts, people: people.size, labs: labs.size, edges: edges.size };
}

function addEdge(edges, type, values, edgeSources) {
  const key = `${type}\u0001${values.join('\u0001')}`;
  const known = edges.get(key);
  if (known) {
    for (const s of edgeSources) if (!known.sources.includes(s)) known.sources.push(s);
  } else {
    edges.set(key, { values, sources: edgeSources });
  }
}

// ---------- the child phases ----------

// Our schema (README "The data model"), with Kùzu types: dates stay partial-date strings, `sources` and `aliases`
// string lists. LEFT_FOR's `from` (the lab left) is `fromLab` here: a rel table's CSV already binds `from` and `to` to
// its two endpoints, so COPY refuses a property of that name. `start` and `end` are quoted: Kùzu reserves them.
const SCHEMA = [
  'CREATE NODE TABLE Person(id STRING PRIMARY KEY, name STRING, aliases STRING[])',
  'CREATE NODE TABLE Lab(id STRING PRIMARY KEY, name STRING, aliases STRING[])',
  'CREATE NODE TABLE Article(id STRING PRIMARY KEY, title STRING, url STRING, language STRING, published STRING)',
  'CREATE REL TABLE WORKED_AT(FROM Person TO Lab, role STRING, `start` STRING, `end` STRING, sources STRING[])',
  'CREATE REL TABLE LEFT_FOR(FROM Person TO Lab, fromLab STRING, date STRING, sources STRING[])',
  'CREATE REL TABLE FOUNDED(FROM Person TO Lab, date STRING, sources STRING[])',
];

const TABLES = ['Person', 'Lab', 'Article', 'WORKED_AT', 'LEFT_FOR', 'FOUNDED'];

const PATH_QUERY = `MATCH p = (a:Person {id: $from})-[:WORKED_AT|LEFT_FOR|FOUNDED* SHORTEST 1..${MAX_HOPS}]-(b:Person {id: $to}) RETURN length(p) AS hops LIMIT 1`;

// Moves per pair of labs (LEFT_FOR from -> to), every pair, with counts, largest first: the aggregation that
// `bench queries` times as "flows". Collecting each pair's people as well (collect(p.id), as cypher/flows.cypher asks
// of Neo4j) took 31 s a call at 100k on the shared machine, so the lists are left out on both sides of the table.
const FLOWS_QUERY = 'MATCH (:Person)-[m:LEFT_FOR]->(to:Lab) WHERE m.fromLab IS NOT NULL RETURN m.fromLab AS fromLabId, to.id AS toLabId, count(*) AS moves ORDER BY moves DESC, fromLabId, toLabId';

async function openDatabase(kuzu, dbPath) {
  const database = new kuzu.Database(dbPath);
  const connection = new kuzu.Connection(database);
  await connection.init();
  return { database, connection };
}

async function childLoad(kuzu, dbPath, csvFolder) {
  const wallStart = performance.now();
  const cpuStart = cpuSeconds();
  const { database, connection } = await openDatabase(kuzu, dbPath);
  for (const statement of SCHEMA) await rows(connection, statement);
  const perTable = [];
  for (const table of TABLES) {
    const start = performance.now();
    // Empty fields are nulls; the header names the columns, rel tables start with the two node keys.
    await rows(connection, `COPY ${table} FROM '${join(csvFolder, `${table}.csv`).replace(/'/g, "\\'")}' (HEADER=true)`);
    perTable.push(`${table} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  }

  const [{ people }] = await rows(connection, 'MATCH (p:Person) RETURN count(*) AS people');
  const [{ labs }] = await rows(connection, 'MATCH (l:Lab) RETURN count(*) AS labs');
  const [{ edges }] = await rows(connection, 'MATCH ()-[e]->() RETURN count(*) AS edges');
  const [{ articles }] = await rows(connection, 'MATCH (a:Article) RETURN count(*) AS articles');
  await connection.close();
  await database.close(); // Checkpoints: the load is durable on disk before the clock stops.
  const elapsed = (performance.now() - wallStart) / 1000;
  const cpu = cpuSeconds() - cpuStart;
  console.log(JSON.stringify({ people: Number(people), labs: Number(labs), edges: Number(edges), articles: Number(articles), elapsed, cpu, perTable, peak: peakRss() }));
}

async function childOpen(kuzu, dbPath, from, to) {
  const { database, connection } = await openDatabase(kuzu, dbPath);
  const found = await rows(connection, PATH_QUERY, { from, to });
  const sinceStart = performance.now(); // Node's clock starts with the process.
  console.log(`${ANSWERED} path of ${found.length === 0 ? 'no' : found[0].hops} hops; ${sinceStart.toFixed(0)} ms since the process started (CPU ${(cpuSeconds() * 1000).toFixed(0)} ms); peak working set ${mb(peakRss())} so far`);
  const warmStart = performance.now();
  const flows = await rows(connection, FLOWS_QUERY);
  console.log(`warm: flows (${flows.length.toLocaleString('en-US')} lab pairs) in ${((performance.now() - warmStart) / 1000).toFixed(1)} s`);
  console.log(`peak working set ${mb(peakRss())} with flows warm`);
  await connection.close();
  await database.close();
}

async function childQueries(kuzu, dbPath, pairs, seed) {
  const { database, connection } = await openDatabase(kuzu, dbPath);
  const ids = (await rows(connection, 'MATCH (p:Person) RETURN p.id AS id ORDER BY p.id')).map((r) => r.id);
  const random = seeded(seed);
  const pick = () => ids[Math.floor(random() * ids.length)];
  const prepared = await connection.prepare(PATH_QUERY);
  if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
  const path = async (from, to) => {
    const result = await connection.execute(prepared, { from, to });
    const all = await result.getAll();
    result.close();
    return all.length === 0 ? null : Number(all[0].hops);
  };

  let start = performance.now();
  await path(pick(), pick());
  line('index', `first path query (plan and pages read) in ${(performance.now() - start).toFixed(0)} ms [peak ${mb(peakRss())}]`);

  const times = [];
  const lengths = [];
  for (let i = 0; i < pairs; i++) {
    const from = pick();
    const to = pick();
    start = performance.now();
    const hops = await path(from, to);
    times.push(performance.now() - start);
    if (hops !== null) lengths.push(hops);
  }

  times.sort((a, b) => a - b);
  const mean = lengths.length === 0 ? 0 : lengths.reduce((a, b) => a + b, 0) / lengths.length;
  line('paths', `${describe(times)}; ${lengths.length.toLocaleString('en-US')}/${pairs.toLocaleString('en-US')} connected within ${MAX_HOPS} hops, mean length ${mean.toFixed(1)} [peak ${mb(peakRss())}]`);

  start = performance.now();
  const flows = await rows(connection, FLOWS_QUERY);
  const first = performance.now() - start;
  const moves = flows.reduce((sum, r) => sum + Number(r.moves), 0);
  const repeated = [];
  let cpu = 0;
  for (let i = 0; i < 5; i++) {
    const cpuBefore = cpuSeconds();
    start = performance.now();
    await rows(connection, FLOWS_QUERY);
    repeated.push(performance.now() - start);
    cpu += cpuSeconds() - cpuBefore;
  }

  repeated.sort((a, b) => a - b);
  line('flows', `all labs: ${ms(repeated[2])} (median of 5, CPU ${ms(cpu * 200)} each in this process; Kùzu's worker threads included); first call ${ms(first)}; ${moves.toLocaleString('en-US')} moves, ${flows.length.toLocaleString('en-US')} lab pairs [peak ${mb(peakRss())}]`);
  line('memory', `peak working set while querying ${mb(peakRss())} (the whole process: open, paths, flows)`);
  await connection.close();
  await database.close();
}

// ---------- the parent: convert, then time each phase in a child ----------

const self = fileURLToPath(import.meta.url);

function runChild(args, onLine) {
  return new Promise((resolveChild, reject) => {
    const child = spawn(process.execPath, [self, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    let errors = '';
    child.stderr.on('data', (chunk) => { errors += chunk; });
    createInterface({ input: child.stdout }).on('line', (text) => {
      out.push(text);
      onLine?.(text);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveChild(out) : reject(new Error(`the ${args[1]} child failed (exit code ${code}): ${out.join(' ')} ${errors}`))));
  });
}

async function main(options) {
  if (!options.facts) throw new UsageError('--facts FILE is required (write one with: graphexplorer generate --people 100000 --seed 1 --out FILE)');
  const factsPath = resolve(options.facts);
  if (!existsSync(factsPath) || !statSync(factsPath).isFile()) throw new UsageError(`--facts: no such file '${options.facts}'`);
  const kuzu = (await import('kuzu')).default;
  const folder = options.work ? resolve(options.work) : mkdtempSync(join(tmpdir(), 'graphexplorer-bench-kuzu-'));
  const csvFolder = join(folder, 'csv');
  const dbPath = join(folder, 'kuzu.db');
  try {
    rmSync(csvFolder, { recursive: true, force: true });
    rmSync(dbPath, { force: true });
    rmSync(`${dbPath}.wal`, { force: true });
    mkdirSync(csvFolder, { recursive: true });
    line('kuzu', `${kuzu.VERSION} (storage version ${kuzu.STORAGE_VERSION}), node ${process.version}`);
    let start = performance.now();
    const converted = await convert(factsPath, csvFolder);
    line('converted', `${converted.facts.toLocaleString('en-US')} facts (${mb(statSync(factsPath).size)}) to CSV (${mb(folderSize(csvFolder))}) in ${((performance.now() - start) / 1000).toFixed(1)} s (not counted below)`);
    line('cpu', `${availableParallelism()} cores; other processes share them (load average ${loadAverage()})`);

    const load = JSON.parse((await runChild(['--child', 'load', '--db', dbPath, '--csv', csvFolder])).at(-1));
    line('loaded', `${load.people.toLocaleString('en-US')} people, ${load.labs.toLocaleString('en-US')} labs, ${load.edges.toLocaleString('en-US')} edges, ${load.articles.toLocaleString('en-US')} articles (COPY per table: ${load.perTable.join(', ')})`);
    line('load time', `${load.elapsed.toFixed(2)} s (${Math.round(converted.facts / load.elapsed).toLocaleString('en-US')} facts/s); CPU ${load.cpu.toFixed(1)} s (${Math.round((100 * load.cpu) / load.elapsed)} % of one core)`);
    line('memory', `peak working set ${mb(load.peak)} (VmHWM of the loading process)`);
    line('store file', `${mb(folderSize(dbPath))}`);

    // Like `bench open`: the first person and the one halfway down the file, in generation order.
    const people = readFileSync(join(csvFolder, 'Person.csv'), 'utf8').split('\n').slice(1).filter(Boolean);
    const idOf = (row) => row.slice(0, row.indexOf(','));
    const from = idOf(people[0]);
    const to = idOf(people[Math.floor(people.length / 2)]);
    line('cpu', `load average ${loadAverage()}`);
    const times = [];
    for (let run = 1; run <= options.runs; run++) {
      start = performance.now();
      let answered = null;
      const out = await runChild(['--child', 'open', '--db', dbPath, '--from', from, '--to', to], (text) => {
        if (answered === null && text.startsWith(ANSWERED)) answered = performance.now() - start;
      });
      if (answered === null) throw new Error(`the open child never answered: ${out.join(' ')}`);
      times.push(answered / 1000);
      line(`open run ${run}`, `first answer ${(answered / 1000).toFixed(2)} s after process start; ${out.join('; ')}`);
    }

    times.sort((a, b) => a - b);
    line('open median', `${times[Math.floor(times.length / 2)].toFixed(2)} s from process start to the first answered path (min ${times[0].toFixed(2)}, max ${times.at(-1).toFixed(2)}, ${times.length} runs)`);
    line('cpu', `load average ${loadAverage()}`);
    await runChild(['--child', 'queries', '--db', dbPath, '--pairs', String(options.pairs), '--seed', String(options.seed)], (text) => console.log(text));
    line('cpu', `load average ${loadAverage()}`);
  } finally {
    if (options.keep || options.work) {
      line('kept', folder);
    } else {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

async function child(options) {
  const kuzu = (await import('kuzu')).default;
  switch (options.child) {
    case 'load': return childLoad(kuzu, options.db, options.csv);
    case 'open': return childOpen(kuzu, options.db, options.from, options.to);
    case 'queries': return childQueries(kuzu, options.db, options.pairs, options.seed);
    default: throw new UsageError(`unknown child phase '${options.child}'`);
  }
}

try {
  const options = parseArgs(process.argv.slice(2));
  await (options.child ? child(options) : main(options));
} catch (error) {
  if (error instanceof UsageError) console.error(`usage: ${error.message}`);
  else if (error instanceof InputError) console.error(`error: ${error.message}`);
  else console.error(error?.stack ?? String(error));
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
