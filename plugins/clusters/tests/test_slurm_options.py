"""How a resource request and an admin's options become sbatch options and the batch script
(no Slurm needed)."""

from __future__ import annotations

import pytest
from llmworks_clusters.slurm import SlurmOptions, batch_script, sbatch_options
from llmworks_clusters.submitter import run_job_command
from llmworks_sdk import Invalid
from llmworks_sdk.compute import Submission
from llmworks_sdk.resources import ResourceRequest
from pydantic import ValidationError


def test_request_and_options_map_to_sbatch_options():
    opts = SlurmOptions(partition="gpu", account="ml", qos="high", time_limit_minutes=60, max_time_limit_minutes=600,
                        extra_args=["--exclusive"])
    assert sbatch_options(ResourceRequest(), opts) == ["--partition=gpu", "--account=ml", "--qos=high", "--time=60", "--exclusive"]
    req = ResourceRequest(gpus=2, gpu_type="A100", cpus=7.5, memory_gb=12.5, time_limit_minutes=120, nodes=4)
    assert sbatch_options(req, opts) == ["--partition=gpu", "--account=ml", "--qos=high", "--time=120", "--nodes=4",
                                         "--ntasks-per-node=1", "--ntasks=4", "--gres=gpu:a100:2", "--cpus-per-task=8",
                                         "--mem=12800M", "--exclusive"]
    with pytest.raises(Invalid, match="over this backend's maximum of 600 min"):
        sbatch_options(ResourceRequest(time_limit_minutes=601), opts)


@pytest.mark.parametrize("bad", [{"partition": "gpu; rm -rf /"}, {"extra_args": ["--output=/tmp/x"]},
                                 {"extra_args": ["-p gpu"]}, {"qos": "a b"}, {"unknown": 1}])
def test_bad_options_are_refused(bad):
    with pytest.raises(ValidationError):
        SlurmOptions(**bad)


def test_batch_script_runs_the_same_handler_with_the_servers_settings():
    sub = Submission(job_id=12, attempt=3, kind="torch.train", project_id=1, name="llmworks-12",
                     command=run_job_command(12, "gpu"), env={"LLMWORKS_HOME": "/shared/llm works"}, job_dir="/x")
    script = batch_script(sub, ResourceRequest(nodes=2), SlurmOptions(python="/opt/venv/bin/python", setup="module load cuda"))
    lines = script.splitlines()
    assert lines[0] == "#!/bin/bash"
    assert "export LLMWORKS_HOME='/shared/llm works'" in lines and "export LLMWORKS_NNODES=2" in lines
    assert "export LLMWORKS_MASTER_PORT=29512" in lines and "export LLMWORKS_LAUNCHER=srun" in lines
    assert lines[-2] == "module load cuda"  # the admin's set-up, just before the job
    assert lines[-1] == ('exec /opt/venv/bin/python -m llmworks.cli.main run-job 12 --backend gpu '
                         '--native-id "$SLURM_JOB_ID"')
