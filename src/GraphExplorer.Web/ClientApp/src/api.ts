import type {
  ClustersAnswer,
  CypherAnswer,
  CypherSchema,
  FlowsAnswer,
  GraphPayload,
  LabAnswer,
  LabWavesAnswer,
  PathAnswer,
  PersonAnswer,
  PersonFollowersAnswer,
  Problem,
  SearchHit,
} from "./types";

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

// Every answer is typed by the generated schema of its route (types.ts): the server owns the shapes, and the page reads
// them as the OpenAPI document says, with no guessing at other spellings.
export const api = {
  graph: (sinceRevision?: number) =>
    request<GraphPayload>(`/api/graph${query({ sinceRevision: sinceRevision ?? undefined })}`),
  /** The graph as known on a date (yyyy, yyyy-mm or yyyy-mm-dd): the server's one as-of rule; a bad date is a 400 saying why. */
  graphAsOf: (asOf: string) => request<GraphPayload>(`/api/graph${query({ asOf })}`),
  search: (q: string, limit = 12, signal?: AbortSignal) => request<SearchHit[]>(`/api/search${query({ q, limit })}`, { signal }),
  person: (personId: string) => request<PersonAnswer>(`/api/people/${id(personId)}`),
  lab: (labId: string) => request<LabAnswer>(`/api/labs/${id(labId)}`),
  paths: (from: string, to: string, options: { maxHops?: number; all?: boolean; asOf?: string | null }) =>
    request<PathAnswer>(`/api/paths${query({ from, to, maxHops: options.maxHops, all: options.all, asOf: options.asOf ?? undefined })}`),
  personFollowers: (personId: string) => request<PersonFollowersAnswer>(`/api/followers${query({ person: personId })}`),
  labFollowers: (labId: string) => request<LabWavesAnswer>(`/api/followers${query({ lab: labId })}`),
  clusters: (seed?: number) => request<ClustersAnswer>(`/api/clusters${query({ seed })}`),
  flows: (since?: string, until?: string) => request<FlowsAnswer>(`/api/flows${query({ since, until })}`),
  cypher: (text: string, parameters: Record<string, unknown>) =>
    request<CypherAnswer>("/api/cypher", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ query: text, parameters }),
    }),
  cypherSchema: () => request<CypherSchema>("/api/cypher/schema"),
};
