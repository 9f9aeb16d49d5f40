/** A value that survives `JSON.stringify` / `JSON.parse` unchanged (positions and cursors are stored as JSON). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
