// The API's wire shapes, as generated at build time from the OpenAPI document the build writes (api.gen.ts, by
// openapi-typescript; see ClientApp.targets). Only names live here: a renamed or retyped field of a DTO changes the
// generated type, and tsc fails the build wherever the page reads it.

import type { components } from "./api.gen";

type Schemas = components["schemas"];

export type NodeKind = Schemas["NodeKind"];
export type EdgeType = Schemas["EdgeType"];
export type NodeDto = Schemas["NodeDto"];
export type EdgeDto = Schemas["EdgeDto"];
export type ArticleDto = Schemas["ArticleDto"];
export type GraphPayload = Schemas["GraphPayload"];
export type SearchHit = Schemas["SearchHitDto"];
export type TenureDto = Schemas["TenureDto"];
export type PersonAnswer = Schemas["PersonAnswer"];
export type LabAnswer = Schemas["LabAnswer"];
export type LabCount = Schemas["LabCountDto"];
export type PathAnswer = Schemas["PathsAnswer"];
export type PathHop = Schemas["HopDto"];
export type CypherAnswer = Schemas["CypherAnswer"];
export type CypherSchema = Schemas["CypherSchema"];
export type PersonFollowersAnswer = Schemas["PersonFollowersAnswer"];
export type LabWavesAnswer = Schemas["LabWavesAnswer"];
export type FollowDto = Schemas["FollowDto"];
export type ArrivalDto = Schemas["ArrivalDto"];
export type ClustersAnswer = Schemas["ClustersAnswer"];
export type FlowsAnswer = Schemas["FlowsAnswer"];
export type FlowPair = Schemas["FlowPairDto"];
export type LabFlow = Schemas["LabFlowDto"];
export type Retention = Schemas["RetentionDto"];

/**
 * Problem details (RFC 7807) as the API writes them, with the extensions its errors may carry (the parameter or field
 * at fault, a Cypher error's position), which the document describes as additional properties.
 */
export type Problem = Schemas["ProblemDetails"] & {
  errors?: Record<string, string[]>;
  parameter?: string;
  line?: number;
  column?: number;
  offset?: number;
  [key: string]: unknown;
};
