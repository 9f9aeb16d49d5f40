import { type JsonLdNode, jsonLdNode } from './json-ld-node';
import { iri, plainLiterals } from './json-ld-values';

/**
 * A contact as the artefacts carry it: a person (the focal point, Decree 47/2020 Art. 7.1) or a desk,
 * with at least an e-mail address or a telephone number.
 */
export interface ContactInput {
  /** The person's full name (`fullName` of a focal point) or the desk's name (`name`). */
  readonly fullName?: string | undefined;
  /** The desk's name, for a contact that is not a person. */
  readonly name?: string | undefined;
  /** The person's position. */
  readonly position?: string | undefined;
  /** The unit the contact belongs to. */
  readonly unit?: string | undefined;
  /** The e-mail address. */
  readonly email?: string | undefined;
  /** The telephone number as written, e.g. `0297 3862 678` or `+84 912 345 678`. */
  readonly phone?: string | undefined;
  /** A contact page or form. */
  readonly url?: string | undefined;
}

/** A `tel:` URI (RFC 3966) from a number as written: keeps the leading `+` and the digits. */
function telUri(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/**
 * A `vcard:Kind` contact point (DCAT-AP `dcat:contactPoint`): a `vcard:Individual` for a named
 * person, a `vcard:Organization` for a desk, with `vcard:fn`, e-mail and telephone as URIs.
 */
export function contactPointNode(contact: ContactInput): JsonLdNode {
  return jsonLdNode(contact.fullName !== undefined ? 'vcard:Individual' : 'vcard:Organization', {
    'vcard:fn': plainLiterals(contact.fullName ?? contact.name),
    'vcard:role': plainLiterals(contact.position),
    'vcard:organization-name': plainLiterals(contact.unit),
    'vcard:hasEmail': contact.email ? [iri(`mailto:${contact.email}`)] : [],
    'vcard:hasTelephone': contact.phone ? [iri(telUri(contact.phone))] : [],
    'vcard:hasURL': contact.url ? [iri(contact.url)] : [],
  });
}
