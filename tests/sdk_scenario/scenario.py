"""The SDK scenario, Python edition: python scenario.py ARGS.json (prints one JSON line)."""

import json
import sys

from llmworks_client import Client, NotFoundError
from llmworks_client.models import GenerateIn, GenerationParams, TrainingJobIn

args = json.load(open(sys.argv[1]))
out = {}
with Client(args["base"], token=args["key"]) as client:  # 1. log in with an API key
    out["me"] = client.auth.me().username
    try:
        client.projects.get_project(987654)
    except NotFoundError as err:
        out["not_found"] = {"status": err.status, "detail": err.detail}
    out["projects"] = len(list(client.paginate(client.projects.list_projects, page_size=1)))

    # 2. upload a dataset (multipart, streamed from the file)
    version = client.datasets.upload_dataset(file=args["dataset"], name=args["name"], project_id=args["project_id"])
    out["dataset"] = {"id": version.id, "rows": version.row_count, "kind": version.kind}

    # 3. start a training job on it
    job = client.training.create_training_job(TrainingJobIn(
        project_id=args["project_id"], base_model=args["model"], dataset_version_id=version.id,
        name=args["name"], config=args["config"]))
    out["job"] = {"id": job.id, "state": job.state, "dataset_version_id": job.dataset_version_id}

    # 4. stream a generation (Server-Sent Events)
    body = GenerateIn(model="base:" + args["model"], prompt=args["prompt"], project_id=args["project_id"],
                      params=GenerationParams(**args["params"]), stream=True)
    with client.sse("POST", "/api/inference/generate", json=body) as stream:
        events = [(ev.event, ev.json()) for ev in stream]
    out["events"] = [name for name, _ in events]
    out["text"] = "".join(data["token"] for name, data in events if name == "token")
print(json.dumps(out))
