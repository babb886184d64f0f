import { idOf, toArticles, toEdge, toEdges, toNode, toNodes, toSearchHit } from "./normalize";
import type { CypherAnswer, GraphPayload, LabAnswer, LabCount, PathAnswer, PersonAnswer, Problem, SearchHit, TenureDto } from "./types";

/** A failed request, carrying the server's problem details so views can show the detail and the parameter named. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, fallback: string) {
    super(describeProblem(problem) ?? fallback);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

function describeProblem(problem: Problem | null): string | null {
  if (!problem) return null;
  const parts: string[] = [];
  if (problem.title) parts.push(problem.title);
  if (problem.detail && problem.detail !== problem.title) parts.push(problem.detail);
  if (problem.errors) {
    for (const [field, messages] of Object.entries(problem.errors)) {
      parts.push(`${field}: ${(messages ?? []).join(" ")}`);
    }
  }
  return parts.length ? parts.join(" — ") : null;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: "application/json", ...(init?.headers ?? {}) } });
  } catch (error) {
    throw new ApiError(0, null, `The server could not be reached (${String(error)}).`);
  }
  if (!response.ok) {
    let problem: Problem | null = null;
    const text = await response.text();
    try {
      problem = text ? (JSON.parse(text) as Problem) : null;
    } catch {
      problem = { detail: text.slice(0, 500) };
    }
    throw new ApiError(response.status, problem, `${response.status} ${response.statusText} from ${path}`);
  }
  return (await response.json()) as T;
}

function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

const id = encodeURIComponent;

type Loose = Record<string, unknown>;

function labCounts(value: unknown): LabCount[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item) => ({ labId: idOf((item as Loose)?.labId ?? (item as Loose)?.lab) ?? "", count: Number((item as Loose)?.count ?? 0), name: (item as Loose)?.name as string | undefined }))
    .filter((count) => count.labId !== "");
}

export const api = {
  graph: (sinceRevision?: number) =>
    request<GraphPayload>(`/api/graph${query({ sinceRevision: sinceRevision ?? undefined })}`),
  /** The graph as known on a date (yyyy, yyyy-mm or yyyy-mm-dd): the server's one as-of rule; a bad date is a 400 saying why. */
  graphAsOf: (asOf: string) => request<GraphPayload>(`/api/graph${query({ asOf })}`),
  search: async (q: string, limit = 12, signal?: AbortSignal): Promise<SearchHit[]> => {
    const answer = await request<unknown>(`/api/search${query({ q, limit })}`, { signal });
    const items = Array.isArray(answer) ? answer : ((answer as Loose)?.results ?? (answer as Loose)?.hits ?? []);
    return (items as unknown[]).map(toSearchHit).filter((hit): hit is SearchHit => hit !== null);
  },
  person: async (personId: string): Promise<PersonAnswer> => {
    const answer = await request<Loose>(`/api/people/${id(personId)}`);
    const node = toNode(answer.node ?? answer.person) ?? { id: personId, kind: "person" as const, name: personId };
    const tenures = Array.isArray(answer.tenures) ? (answer.tenures as TenureDto[]) : [];
    return { node, edges: toEdges(answer.edges), tenures, articles: toArticles(answer.articles) };
  },
  lab: async (labId: string): Promise<LabAnswer> => {
    const answer = await request<Loose>(`/api/labs/${id(labId)}`);
    const node = toNode(answer.node ?? answer.lab) ?? { id: labId, kind: "lab" as const, name: labId };
    return {
      node,
      edges: toEdges(answer.edges),
      people: toNodes(answer.people),
      inflow: labCounts(answer.inflow),
      outflow: labCounts(answer.outflow),
      articles: toArticles(answer.articles),
    };
  },
  paths: async (from: string, to: string, options: { maxHops?: number; all?: boolean; asOf?: string | null }): Promise<PathAnswer> => {
    const answer = await request<Loose>(
      `/api/paths${query({ from, to, maxHops: options.maxHops, all: options.all, asOf: options.asOf ?? undefined })}`,
    );
    const paths = Array.isArray(answer.paths) ? (answer.paths as Loose[]) : [];
    return {
      from: idOf(answer.from) ?? from,
      to: idOf(answer.to) ?? to,
      capped: Boolean(answer.capped),
      reason: typeof answer.reason === "string" ? answer.reason : null,
      paths: paths.map((path) => ({
        nodes: toNodes(path.nodes),
        hops: (Array.isArray(path.hops) ? (path.hops as Loose[]) : []).map((hop) => ({
          from: idOf(hop.from) ?? "",
          to: idOf(hop.to) ?? "",
          edge: toEdge(hop.edge)!,
        })),
      })),
    };
  },
  personFollowers: (personId: string) => request<Record<string, unknown>>(`/api/followers${query({ person: personId })}`),
  labFollowers: (labId: string) => request<Record<string, unknown>>(`/api/followers${query({ lab: labId })}`),
  clusters: (seed?: number) => request<Record<string, unknown>>(`/api/clusters${query({ seed })}`),
  flows: (since?: string, until?: string) => request<Record<string, unknown>>(`/api/flows${query({ since, until })}`),
  cypher: (text: string, parameters: Record<string, unknown>) =>
    request<CypherAnswer>("/api/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: text, parameters }),
    }),
  cypherSchema: () => request<{ labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }>("/api/cypher/schema"),
};

