// The package ships its types but its "exports" map hides them from bundler resolution; point the import at them.
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.d.ts";
}
