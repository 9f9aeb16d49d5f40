import { type JsonLdNode, jsonLdNode } from './json-ld-node';
import { vietnameseLiterals } from './json-ld-values';
import { withMandatoryProperties } from './mandatory-properties-check';

/** An agency or organisation as the artefacts name it: electronic identifier and official name. */
export interface AgentInput {
  /** The agency e-ID (QĐ 20/2020/QĐ-TTg) or enterprise code. */
  readonly id: string;
  /** The official name, in Vietnamese. */
  readonly name: string;
}

/**
 * A `foaf:Agent` (DCAT-AP publisher) for an agency: its name as `foaf:name` (mandatory) and its
 * electronic identifier as `dct:identifier`. The node is blank: there is no official IRI scheme for
 * Vietnamese agency identifiers to mint one from.
 */
export function agentNode(agent: AgentInput, path: string): JsonLdNode {
  return withMandatoryProperties(
    jsonLdNode('foaf:Agent', { 'foaf:name': vietnameseLiterals(agent.name), 'dct:identifier': agent.id }),
    path,
    { 'foaf:name': `${path}.name` },
  );
}
