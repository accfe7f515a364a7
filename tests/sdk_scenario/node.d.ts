// The few Node.js APIs the scenario uses (the SDK itself needs none): no @types/node download.
declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
  export function openAsBlob(path: string): Promise<Blob>;
}
declare module "node:path" {
  export function basename(path: string): string;
}
declare const process: { argv: string[] };
