"""The torch plugin's hook implementations (entry point ``llmworks.torch``).

Registers the PyTorch inference backend, the full/LoRA/QLoRA/DPO/reward-model trainers, the
``reward_model`` evaluation metric (a trained reward model scores predictions), the adapter/merged/
safetensors export targets, the training job handler, the ``/api/training`` API and the
evaluate/export routes of model versions (``/api/models/custom/{id}/...``), and the ``torch``
UI remote (models and fine-tuning pages). Base models and model versions are the model
registry's (llmworks-models), reached through the ``ModelRegistry`` service.
Nothing heavy is imported here: torch and transformers load when a job or request needs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from llmworks_sdk import JobHandler, RouterSpec, UIRemote, UIRoute, hookimpl

from llmworks_torch import tables  # noqa: F401 - the metadata must know our tables before migrations run


@hookimpl
def register_migrations(register: Any) -> None:
    register(str(Path(__file__).parent / "migrations"))


@hookimpl
def register_inference_backends(register: Any) -> None:
    from llmworks_torch.backend import TorchBackend

    register(TorchBackend())


@hookimpl
def register_trainers(register: Any) -> None:
    from llmworks_torch.preference import PREFERENCE_TRAINERS
    from llmworks_torch.trainers import TRAINERS

    for trainer in (*TRAINERS, *PREFERENCE_TRAINERS):
        register(trainer)


@hookimpl
def register_metrics(register: Any) -> None:
    from llmworks_torch.reward_metric import RewardModelMetric

    register(RewardModelMetric())


@hookimpl
def register_export_targets(register: Any) -> None:
    from llmworks_torch.trainers import EXPORTS

    for target in EXPORTS:
        register(target)


@hookimpl
def register_job_handlers(register: Any) -> None:
    from llmworks_torch.jobs import TRAIN_KIND, run_train_job

    # preload: imported once by the job forkserver; optimization and peft last, as they import
    # bitsandbytes, which initialises CUDA on GPU machines (the forkserver then stops before them)
    register(
        JobHandler(
            TRAIN_KIND,
            run=run_train_job,
            description="Fine-tune a model (full, LoRA, QLoRA)",
            max_attempts=3,
            preload=(
                "torch",
                "transformers",
                "transformers.modeling_utils",
                "transformers.models.auto.modeling_auto",
                "transformers.models.auto.tokenization_auto",
                "llmworks_torch.training",
                "transformers.optimization",
                "peft",
            ),
        )
    )


@hookimpl
def register_services(register: Any) -> None:
    from llmworks_sdk.services import RewardScorer, Service

    from llmworks_torch.preference import TorchRewardScorer

    register(Service(RewardScorer, TorchRewardScorer(), install="llmworks-torch"))


@hookimpl
def register_routes(register: Any) -> None:
    from llmworks_torch.routes import training, versions

    register(RouterSpec(versions.router, prefix="/api/models/custom"))
    register(RouterSpec(training.router, prefix="/api/training"))


@hookimpl
def register_ui(register: Any) -> None:
    # built from frontend/projects/torch by frontend/scripts/build.sh into this package
    register(
        UIRemote(
            "torch",
            Path(__file__).parent / "ui",
            routes=[
                UIRoute("models", "Models", icon="deployed_code", order=25),
                UIRoute("training", "Fine-tuning", icon="model_training", order=30),
            ],
        )
    )
