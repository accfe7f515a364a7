"""A tiny, deterministic demo model built entirely offline.

``build_demo_model`` trains a byte-level BPE tokenizer on English-like sentences generated
from templates, builds a 2-layer GPT-2 (or Llama) with random weights and saves both with
``save_pretrained`` plus a model card, so the folder loads back with
``AutoModelForCausalLM.from_pretrained`` / ``AutoTokenizer.from_pretrained`` like any hub model.
The same ``seed`` gives the same files.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Literal

DEMO_MODEL_NAME = "llmworks-demo-tiny"

BOS_EOS = "<|endoftext|>"
PAD = "<|pad|>"
ROLE_TOKENS = ["<|system|>", "<|user|>", "<|assistant|>"]

#: Chat template: role marker, newline, content, EOS. ``add_generation_prompt`` opens an
#: assistant turn, so generation stops at EOS when the answer is complete.
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>\n' + message['content'] + eos_token + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% endif %}"
)

_SUBJECTS = [
    "the cat",
    "a small dog",
    "my neighbour",
    "the old farmer",
    "our teacher",
    "a young girl",
    "the pilot",
    "her brother",
    "the robot",
    "a tired student",
    "the baker",
    "his friend",
    "the river",
    "a red bird",
    "the engineer",
    "the doctor",
    "a quiet child",
    "the captain",
]
_VERBS = [
    "reads",
    "finds",
    "paints",
    "carries",
    "watches",
    "builds",
    "cleans",
    "sells",
    "follows",
    "opens",
    "repairs",
    "draws",
    "visits",
    "remembers",
    "writes",
    "loves",
    "climbs",
    "counts",
]
_OBJECTS = [
    "a book",
    "the door",
    "a blue car",
    "the garden",
    "an apple",
    "the letter",
    "a wooden box",
    "the map",
    "a long song",
    "the bridge",
    "a warm coat",
    "the window",
    "a green hill",
    "the small boat",
    "a bright star",
    "the kitchen",
    "a heavy stone",
    "the market",
]
_PLACES = [
    "in the morning",
    "at night",
    "near the lake",
    "after school",
    "before dinner",
    "in the city",
    "on the hill",
    "by the sea",
    "every day",
    "in the rain",
    "under the tree",
    "at the station",
    "during the summer",
    "in the quiet room",
]
_ADJECTIVES = ["happy", "calm", "busy", "curious", "brave", "sleepy", "kind", "clever", "proud"]
_COLOURS = {
    "sky": "blue",
    "grass": "green",
    "snow": "white",
    "sun": "yellow",
    "night": "black",
    "blood": "red",
    "sea": "blue",
    "coal": "black",
    "lemon": "yellow",
    "leaf": "green",
}
_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(6)
    s, v, o, p = rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_OBJECTS), rng.choice(_PLACES)
    if kind == 0:
        text = f"{s} {v} {o} {p}."
    elif kind == 1:
        text = f"{p}, {s} {v} {o}."
    elif kind == 2:
        text = f"{s} is {rng.choice(_ADJECTIVES)} because {rng.choice(_SUBJECTS)} {v} {o}."
    elif kind == 3:
        thing = rng.choice(list(_COLOURS))
        text = f"the colour of the {thing} is {_COLOURS[thing]}."
    elif kind == 4:
        a, b = rng.randrange(1, 5), rng.randrange(1, 5)
        text = f"{_NUMBERS[a - 1]} plus {_NUMBERS[b - 1]} is {_NUMBERS[a + b - 1]}."
    else:
        text = f"does {s} know where {rng.choice(_SUBJECTS)} keeps {o}? yes, {p}."
    return text[0].upper() + text[1:]


def demo_corpus(n: int = 3000, seed: int = 0) -> list[str]:
    """``n`` short English-like sentences, the same for the same ``seed``."""
    rng = random.Random(seed)
    return [_sentence(rng) for _ in range(n)]


def demo_instruction_rows(n: int = 200, seed: int = 0) -> list[dict[str, str]]:
    """``n`` prompt/completion rows (colour and addition questions) for fine-tuning demos."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        if rng.random() < 0.5:
            thing = rng.choice(list(_COLOURS))
            rows.append({"prompt": f"What colour is the {thing}?", "completion": f" The {thing} is {_COLOURS[thing]}."})
        else:
            a, b = rng.randrange(1, 5), rng.randrange(1, 5)
            rows.append(
                {
                    "prompt": f"What is {_NUMBERS[a - 1]} plus {_NUMBERS[b - 1]}?",
                    "completion": f" {_NUMBERS[a - 1].capitalize()} plus {_NUMBERS[b - 1]} is {_NUMBERS[a + b - 1]}.",
                }
            )
    return rows


def _train_tokenizer(texts: list[str], vocab_size: int):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=[BOS_EOS, PAD, *ROLE_TOKENS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=BOS_EOS,
        eos_token=BOS_EOS,
        unk_token=BOS_EOS,
        pad_token=PAD,
        additional_special_tokens=ROLE_TOKENS,
        model_input_names=["input_ids", "attention_mask"],
        chat_template=CHAT_TEMPLATE,
        model_max_length=256,
        clean_up_tokenization_spaces=False,
    )


def _config(arch: str, tokenizer, context_length: int):
    from transformers import GPT2Config, LlamaConfig

    ids = {
        "vocab_size": len(tokenizer),
        "bos_token_id": tokenizer.bos_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "pad_token_id": tokenizer.pad_token_id,
    }
    if arch == "gpt2":
        return GPT2Config(n_layer=2, n_head=2, n_embd=64, n_positions=context_length, **ids)
    if arch == "llama":
        return LlamaConfig(
            hidden_size=64,
            intermediate_size=128,
            num_hidden_layers=2,
            num_attention_heads=2,
            num_key_value_heads=2,
            max_position_embeddings=context_length,
            tie_word_embeddings=True,
            **ids,
        )
    raise ValueError(f"arch must be 'gpt2' or 'llama', not {arch!r}")


def _model_card(arch: str, n_params: int, seed: int) -> str:
    return f"""---
license: apache-2.0
library_name: transformers
pipeline_tag: text-generation
tags:
- llmworks
- demo
- {arch}
---

# {DEMO_MODEL_NAME} ({arch})

A tiny {arch} causal language model ({n_params:,} parameters) with **random weights** and a
byte-level BPE tokenizer trained on generated English-like sentences. It is built offline by
`llmworks_torch.demo.build_demo_model(seed={seed})` so that fine-tuning, inference, evaluation
and export can be tried end to end on a laptop CPU in seconds. Its generations are gibberish
until you fine-tune it.

Licence: Apache-2.0.
"""


def build_demo_model(
    out_dir: str | Path,
    arch: Literal["gpt2", "llama"] = "gpt2",
    seed: int = 0,
    *,
    vocab_size: int = 512,
    context_length: int = 256,
    n_sentences: int = 3000,
) -> Path:
    """Build the tiny demo model in ``out_dir`` and return the folder.

    Deterministic: the same arguments give the same tokenizer, weights and files.
    """
    import torch
    from transformers import AutoModelForCausalLM, GenerationConfig

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = _train_tokenizer(demo_corpus(n_sentences, seed), vocab_size)
    config = _config(arch, tokenizer, context_length)

    # Private generator state: building the demo must not disturb the caller's RNG.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(config)
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    n_params = sum(p.numel() for p in model.parameters())
    (out / "README.md").write_text(_model_card(arch, n_params, seed), encoding="utf-8")
    (out / "llmworks_demo.json").write_text(
        json.dumps({"name": DEMO_MODEL_NAME, "arch": arch, "seed": seed, "parameters": n_params}, indent=2),
        encoding="utf-8",
    )
    return out
