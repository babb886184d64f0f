// Lints Cypher files with Neo4j's own parser and semantic analysis (compiled to JavaScript in
// @neo4j-cypher/language-support), so a statement that Neo4j would refuse fails the test run here, without a server.
//
// Usage: node lint.mjs [file.cypher ...]   (no arguments: every cypher/*.cypher of the repository)
// Output: one JSON object per line.
//   {"kind":"diagnostic","file","line","column","severity","message","text"}  line and column are 1-based;
//       text is "file:line:column: severity: message".
//   {"kind":"file","file","statements"}  one per file linted, with the number of statements Neo4j's parser sees in it.
// Exit code: 0 no error (warnings allowed), 1 at least one error, 2 a file could not be read.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  isNotParamError,
  lintCypherQuery,
  parseStatementsStrs,
  testData,
} from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..', '..');

// What the application's graph holds. Declaring it makes the linter warn on a misspelt label, relationship type or
// property, which would otherwise silently match nothing. Keep in step with cypher/README.md.
const labels = ['Person', 'Lab', 'Article', 'Meta'];
const relationshipTypes = ['WORKED_AT', 'LEFT_FOR', 'FOUNDED'];
const propertyKeys = [
  // nodes
  'id', 'name', 'aliases', 'nameKeys', 'formerIds', 'revision',
  // :Meta
  'nameFolding',
  // articles
  'title', 'url', 'language', 'published',
  // relationships
  'role', 'start', 'end', 'date', 'from', 'sources',
  // keys of the $rows maps the application sends: the linter cannot tell row.personId from a property read
  'personId', 'labId', 'fromLabId', 'kind', 'type',
];

// The package ships the procedure and function registry of a real Neo4j 5 server with APOC and GDS installed (its
// test fixture). Using it means a misspelt built-in function, a wrong procedure name or a YIELD of a column that a
// GDS procedure does not have is caught too.
const registry = testData.mockSchema;

const dbSchema = {
  labels,
  relationshipTypes,
  propertyKeys,
  graphSchema: [
    { from: 'Person', to: 'Lab', relType: 'WORKED_AT' },
    { from: 'Person', to: 'Lab', relType: 'LEFT_FOR' },
    { from: 'Person', to: 'Lab', relType: 'FOUNDED' },
  ],
  functions: registry.functions,
  procedures: registry.procedures,
  databaseNames: ['neo4j', 'system'],
  defaultLanguage: 'CYPHER 5',
};

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function filesToLint(args) {
  if (args.length > 0) {
    return args.map((a) => resolve(a));
  }

  const dir = join(repoRoot, 'cypher');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .map((name) => join(dir, name));
}

function display(path) {
  const rel = relative(repoRoot, path);
  return rel.startsWith('..') ? path : rel.split('\\').join('/');
}

let errors = 0;
let unreadable = 0;
for (const path of filesToLint(process.argv.slice(2))) {
  const file = display(path);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    unreadable++;
    console.log(JSON.stringify({ kind: 'diagnostic', file, line: 1, column: 1, severity: 'error', message: `cannot read the file: ${e.message}`, text: `${file}:1:1: error: cannot read the file: ${e.message}` }));
    continue;
  }

  // Parameters are supplied by the application at run time; the linter cannot know them, so only that complaint goes.
  const { diagnostics } = lintCypherQuery(text, dbSchema, { consoleCommandsEnabled: false });
  for (const d of diagnostics.filter(isNotParamError)) {
    const severity = severities[d.severity] ?? 'error';
    const line = d.range.start.line + 1;
    const column = d.range.start.character + 1;
    if (severity === 'error') {
      errors++;
    }

    console.log(JSON.stringify({ kind: 'diagnostic', file, line, column, severity, message: d.message, text: `${file}:${line}:${column}: ${severity}: ${d.message}` }));
  }

  console.log(JSON.stringify({ kind: 'file', file, statements: parseStatementsStrs(text).length }));
}

process.exitCode = unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
