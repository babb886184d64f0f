// Wire shapes of docs/API.md. Query answers are typed loosely on purpose (optional fields): the server owns their exact
// fields, and the views read them defensively so a renamed extra field degrades a line of text, not the page.

import type { components } from "./api.gen";

/** The API's schemas as generated from its OpenAPI document (openapi/v1.json) at build time. */
export type WireSchemas = components["schemas"];

export type NodeKind = WireSchemas["NodeKind"];
export type EdgeType = WireSchemas["EdgeType"];

export interface NodeDto {
  id: string;
  kind: NodeKind;
  name: string;
  aliases?: string[];
}

export interface EdgeDto {
  id: string;
  type: EdgeType;
  /** The person. */
  source: string;
  /** The lab worked at, joined or founded. */
  target: string;
  /** LEFT_FOR: the lab left. */
  from?: string | null;
  role?: string | null;
  start?: string | null;
  end?: string | null;
  date?: string | null;
  sources?: string[];
}

export interface ArticleDto {
  id: string;
  title?: string | null;
  url?: string | null;
  language?: string | null;
  published?: string | null;
}

export interface GraphPayload {
  fromRevision: number;
  revision: number;
  isSnapshot: boolean;
  nodes: NodeDto[];
  edges: EdgeDto[];
  articles?: ArticleDto[];
}

export interface SearchHit {
  id: string;
  kind: NodeKind;
  name: string;
  matched?: string;
  score?: number;
}

/** One stay at a lab, merged by the server from the edges that speak of it (docs/QUERIES.md, "Tenures"). */
export interface TenureDto {
  labId: string;
  labName: string;
  start: string | null;
  end: string | null;
  founded: boolean;
  left: boolean;
  /** The ids of the edges behind this stay. */
  evidence: string[];
}

export interface PersonAnswer {
  node: NodeDto;
  edges: EdgeDto[];
  tenures?: TenureDto[];
  articles?: ArticleDto[];
}

export interface LabCount {
  labId: string;
  count: number;
  name?: string;
}

export interface LabAnswer {
  node: NodeDto;
  edges?: EdgeDto[];
  people?: NodeDto[];
  inflow?: LabCount[];
  outflow?: LabCount[];
  articles?: ArticleDto[];
}

export interface PathHop {
  from: string;
  to: string;
  edge: EdgeDto;
}

export interface PathAnswer {
  from?: string | NodeDto;
  to?: string | NodeDto;
  paths: { nodes: NodeDto[]; hops: PathHop[]; length?: number }[];
  capped?: boolean;
  reason?: string | null;
}

/** Problem details (RFC 7807) with the extensions the server may add. */
export interface Problem {
  status?: number;
  title?: string;
  detail?: string;
  errors?: Record<string, string[]>;
  parameter?: string;
  position?: unknown;
  line?: number;
  column?: number;
  offset?: number;
  [key: string]: unknown;
}

export interface CypherAnswer {
  columns: string[];
  rows: unknown[][];
  truncated?: boolean;
  /** Time the server spent, when it says. */
  elapsedMs?: number;
}

// The shapes above are what the views read; each must accept what the API sends, as its generated schema says, so an
// API change that drops or retypes a field the page reads fails the build here instead of blanking a panel.
type Accepts<Read, Sent extends Read> = Sent;
export type WireChecks = [
  Accepts<NodeDto, WireSchemas["NodeDto"]>,
  Accepts<EdgeDto, WireSchemas["EdgeDto"]>,
  Accepts<ArticleDto, WireSchemas["ArticleDto"]>,
  Accepts<GraphPayload, WireSchemas["GraphPayload"]>,
  Accepts<SearchHit, WireSchemas["SearchHitDto"]>,
  Accepts<PersonAnswer, WireSchemas["PersonAnswer"]>,
  Accepts<CypherAnswer, WireSchemas["CypherAnswer"]>,
];
