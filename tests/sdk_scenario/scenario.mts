// The SDK scenario, TypeScript edition: node scenario.mjs ARGS.json (prints one JSON line).
import { readFileSync, openAsBlob } from "node:fs";
import { basename } from "node:path";
import { LlmworksClient, NotFoundError } from "../dist/index.js";

const args = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const out: Record<string, unknown> = {};
const client = new LlmworksClient({ baseUrl: args.base, token: args.key });  // 1. log in with an API key
out["me"] = (await client.auth.me()).username;
try {
  await client.projects.getProject({ project_id: 987654 });
} catch (err) {
  if (!(err instanceof NotFoundError)) throw err;
  out["not_found"] = { status: err.status, detail: err.detail };
}
let projects = 0;
for await (const p of client.paginate(client.projects.listProjects, {}, { pageSize: 1 })) projects += p.id > 0 ? 1 : 0;
out["projects"] = projects;

// 2. upload a dataset (multipart; a file-backed Blob, not read into memory)
const file = new File([await openAsBlob(args.dataset)], basename(args.dataset));
const version = await client.datasets.uploadDataset({ file, name: args.name, project_id: args.project_id });
out["dataset"] = { id: version.id, rows: version.row_count, kind: version.kind };

// 3. start a training job on it
const job = await client.training.createTrainingJob({ body: {
  project_id: args.project_id, base_model: args.model, dataset_version_id: version.id, name: args.name, config: args.config } });
out["job"] = { id: job.id, state: job.state, dataset_version_id: job.dataset_version_id };

// 4. stream a generation (Server-Sent Events)
const stream = await client.sse("POST", "/api/inference/generate", { json: {
  model: "base:" + args.model, prompt: args.prompt, project_id: args.project_id, params: args.params, stream: true } });
const events: string[] = [];
let text = "";
for await (const ev of stream) {
  events.push(ev.event);
  if (ev.event === "token") text += (ev.json() as { token: string }).token;
}
out["events"] = events;
out["text"] = text;
console.log(JSON.stringify(out));
