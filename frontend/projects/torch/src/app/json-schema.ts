/** The JSON Schema subset the training form renders (a trainer's `config_schema`, pydantic's output). */

export interface JsonSchemaProp {
  type?: string;
  anyOf?: JsonSchemaProp[];
  enum?: (string | number)[];
  const?: string | number;
  default?: unknown;
  description?: string;
  title?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchemaProp;
  $ref?: string;
}

export interface JsonSchema { properties: Record<string, JsonSchemaProp>; $defs?: Record<string, JsonSchemaProp> }
