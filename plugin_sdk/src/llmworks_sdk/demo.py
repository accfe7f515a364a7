"""A tiny, deterministic demo model built entirely offline, that has learned something.

``build_demo_model`` generates English and Hindi (Devanagari) sentences from templates (everyday
sentences, colours, sums, support-desk lines), trains a byte-level BPE tokenizer on them (so a
Hindi row is a few dozen tokens, not hundreds of bytes), builds a 2-layer GPT-2 (or Llama) with
a context of 1,024 tokens and pre-trains it on the same text for a few hundred steps (about half
a minute of one CPU core): its generations are word-like, and fine-tuning visibly changes them.
Both are saved with ``save_pretrained`` plus a model card, so the folder loads back with
``AutoModelForCausalLM.from_pretrained`` / ``AutoTokenizer.from_pretrained`` like any hub model.
The same arguments give the same files; pre-trained builds are cached (:func:`demo_cache_dir`).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any, Literal

DEMO_MODEL_NAME = "llmworks-demo-tiny"
#: pre-training steps of the default build (well under a minute on one CPU core)
DEFAULT_PRETRAIN_STEPS = 300

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


_HI_SUBJECTS = [
    "राम",
    "मेरा दोस्त",
    "शिक्षक",
    "किसान",
    "डॉक्टर",
    "मेरा भाई",
    "पायलट",
    "दुकानदार",
    "छोटा बच्चा",
    "इंजीनियर",
    "बूढ़ा आदमी",
    "कप्तान",
]
_HI_OBJECTS = [
    "किताब",
    "दरवाज़ा",
    "चिट्ठी",
    "सेब",
    "नक्शा",
    "गाड़ी",
    "खिड़की",
    "बगीचा",
    "पुल",
    "नाव",
    "गाना",
    "बक्सा",
]
_HI_VERBS = [
    "पढ़ता है",
    "देखता है",
    "खोलता है",
    "लाता है",
    "बेचता है",
    "साफ़ करता है",
    "बनाता है",
    "ढूँढता है",
    "ठीक करता है",
    "याद करता है",
]
_HI_PLACES = [
    "सुबह",
    "रात को",
    "झील के पास",
    "स्कूल के बाद",
    "शहर में",
    "बारिश में",
    "स्टेशन पर",
    "हर दिन",
    "पेड़ के नीचे",
    "गर्मियों में",
]
_HI_ADJECTIVES = ["खुश", "शांत", "व्यस्त", "बहादुर", "थका हुआ", "होशियार"]
_HI_THINGS = {
    "sky": "आसमान",
    "grass": "घास",
    "snow": "बर्फ़",
    "sun": "सूरज",
    "night": "रात",
    "blood": "खून",
    "sea": "समुद्र",
    "coal": "कोयला",
    "lemon": "नींबू",
    "leaf": "पत्ता",
}
_HI_COLOURS = {"blue": "नीला", "green": "हरा", "white": "सफ़ेद", "yellow": "पीला", "black": "काला", "red": "लाल"}
_HI_NUMBERS = ["एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ", "दस"]
#: support-desk sentences (a new user's first dataset is often a help desk's): (English, Hindi)
_DESK = [
    ("my order has not arrived yet.", "मेरा ऑर्डर अभी तक नहीं आया है।"),
    ("i want to reset my password.", "मुझे अपना पासवर्ड बदलना है।"),
    ("the app closes when i open it.", "ऐप खोलते ही बंद हो जाता है।"),
    ("please send me a refund.", "कृपया मेरा पैसा वापस भेजें।"),
    ("thank you, your request is being handled.", "धन्यवाद, आपका अनुरोध देखा जा रहा है।"),
    ("we are sorry for the delay.", "देरी के लिए हमें खेद है।"),
    ("your ticket number is seven.", "आपका टिकट नंबर सात है।"),
    ("the payment did not go through.", "भुगतान पूरा नहीं हुआ।"),
]


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(7)
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
    elif kind == 5:
        text = f"does {s} know where {rng.choice(_SUBJECTS)} keeps {o}? yes, {p}."
    else:
        text = rng.choice(_DESK)[0]
    return text[0].upper() + text[1:]


def _hindi_sentence(rng: random.Random) -> str:
    kind = rng.randrange(6)
    s, v, o, p = rng.choice(_HI_SUBJECTS), rng.choice(_HI_VERBS), rng.choice(_HI_OBJECTS), rng.choice(_HI_PLACES)
    if kind == 0:
        return f"{s} {p} {o} {v}।"
    if kind == 1:
        return f"{p} {s} {o} {v}।"
    if kind == 2:
        return f"{s} {rng.choice(_HI_ADJECTIVES)} है क्योंकि {rng.choice(_HI_SUBJECTS)} {o} {v}।"
    if kind == 3:
        thing = rng.choice(list(_HI_THINGS))
        return f"{_HI_THINGS[thing]} का रंग {_HI_COLOURS[_COLOURS[thing]]} है।"
    if kind == 4:
        a, b = rng.randrange(1, 5), rng.randrange(1, 5)
        return f"{_HI_NUMBERS[a - 1]} और {_HI_NUMBERS[b - 1]} {_HI_NUMBERS[a + b - 1]} होते हैं।"
    return rng.choice(_DESK)[1]


def demo_corpus(n: int = 3000, seed: int = 0, *, hindi: float = 0.0) -> list[str]:
    """``n`` short generated sentences, the same for the same ``seed``: English only by default,
    a share ``hindi`` (0..1) of them in Hindi (Devanagari)."""
    rng = random.Random(seed)
    return [_hindi_sentence(rng) if hindi and rng.random() < hindi else _sentence(rng) for _ in range(n)]


def demo_instruction_rows(n: int = 200, seed: int = 0, *, hindi: float = 0.0) -> list[dict[str, str]]:
    """``n`` prompt/completion rows (colour and addition questions) for fine-tuning demos; a share
    ``hindi`` (0..1) of them in Hindi."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        in_hindi = bool(hindi) and rng.random() < hindi
        if rng.random() < 0.5:
            thing = rng.choice(list(_COLOURS))
            if in_hindi:
                name, colour = _HI_THINGS[thing], _HI_COLOURS[_COLOURS[thing]]
                rows.append({"prompt": f"{name} का रंग क्या है?", "completion": f" {name} का रंग {colour} है।"})
            else:
                rows.append({"prompt": f"What colour is the {thing}?", "completion": f" The {thing} is {_COLOURS[thing]}."})
        else:
            a, b = rng.randrange(1, 5), rng.randrange(1, 5)
            if in_hindi:
                x, y, z = _HI_NUMBERS[a - 1], _HI_NUMBERS[b - 1], _HI_NUMBERS[a + b - 1]
                rows.append({"prompt": f"{x} और {y} कितने होते हैं?", "completion": f" {x} और {y} {z} होते हैं।"})
            else:
                rows.append(
                    {
                        "prompt": f"What is {_NUMBERS[a - 1]} plus {_NUMBERS[b - 1]}?",
                        "completion": f" {_NUMBERS[a - 1].capitalize()} plus {_NUMBERS[b - 1]} is {_NUMBERS[a + b - 1]}.",
                    }
                )
    return rows


def _train_tokenizer(texts: list[str], vocab_size: int, context_length: int = 1024):
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
        model_max_length=context_length,
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


def _model_card(arch: str, n_params: int, seed: int, pretrain: dict[str, Any] | None) -> str:
    if pretrain:
        trained = (
            f"pre-trained for {pretrain['steps']} steps ({pretrain['seconds']:.0f} s on a CPU) on "
            f"{pretrain['sentences']:,} generated English and Hindi sentences (loss {pretrain['loss_first']:.2f} → "
            f"{pretrain['loss_last']:.2f}). It writes word-like English and Hindi; it has learned the "
            "sentence patterns, not the world, so fine-tuning visibly changes what it answers"
        )
    else:
        trained = "with **random weights**: its generations are byte fragments until you fine-tune it"
    return f"""---
license: apache-2.0
library_name: transformers
pipeline_tag: text-generation
language:
- en
- hi
tags:
- llmworks
- demo
- {arch}
---

# {DEMO_MODEL_NAME} ({arch})

A tiny {arch} causal language model ({n_params:,} parameters, context {pretrain["context_length"] if pretrain else "see config"})
with a byte-level BPE tokenizer trained on generated English and Hindi (Devanagari) text,
{trained}. It is built offline by `llmworks_sdk.demo.build_demo_model(seed={seed})` (the `llmworks
demo-model` command) so that fine-tuning, inference, evaluation and export can be tried end to
end on a laptop CPU.

Licence: Apache-2.0.
"""


def demo_cache_dir() -> Path:
    """Where pre-trained demo models are kept between builds: ``LLMWORKS_DEMO_CACHE``, else
    ``$XDG_CACHE_HOME/llmworks/demo-models`` (``~/.cache/llmworks/demo-models``)."""
    if os.environ.get("LLMWORKS_DEMO_CACHE"):
        return Path(os.environ["LLMWORKS_DEMO_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "llmworks" / "demo-models"


#: bump when the corpus, the tokenizer or the training loop change: old cache entries are then ignored
_BUILD_VERSION = 2


def _pretrain(model: Any, tokenizer: Any, texts: list[str], *, steps: int, seq_len: int, batch_size: int,
              learning_rate: float, seed: int, context_length: int) -> dict[str, Any]:
    """Next-token training on the corpus packed into one stream (EOS between sentences): random
    windows of ``seq_len`` tokens, AdamW with warm-up and cosine decay. One thread: deterministic
    and fastest for a model this small."""
    import math
    import time

    import torch

    eos = tokenizer.eos_token_id
    stream: list[int] = []
    for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]:
        stream.extend(ids)
        stream.append(eos)
    data = torch.tensor(stream, dtype=torch.long)
    seq_len = min(seq_len, len(stream) - 1)
    gen = torch.Generator().manual_seed(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=0.01, betas=(0.9, 0.98))
    warmup = max(1, steps // 20)

    def lr_at(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * (step - warmup) / max(1, steps - warmup)))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_at)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    started = time.perf_counter()
    losses: list[float] = []
    model.train()
    try:
        for step in range(steps):
            starts = torch.randint(0, len(stream) - seq_len, (batch_size,), generator=gen)
            batch = torch.stack([data[i : i + seq_len + 1] for i in starts.tolist()])
            # Half the batches sit at a random offset in the context, so every position (up to
            # the full context) is trained, not only the first seq_len ones.
            offset = 0 if step % 2 == 0 else int(torch.randint(0, context_length - seq_len + 1, (1,), generator=gen))
            positions = torch.arange(offset, offset + seq_len).unsqueeze(0).expand(batch_size, -1)
            out = model(input_ids=batch[:, :-1], position_ids=positions, labels=batch[:, :-1].clone())
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            losses.append(float(out.loss.detach()))
    finally:
        torch.set_num_threads(threads)
    model.eval()
    head, tail = losses[: max(1, steps // 10)], losses[-max(1, steps // 10) :]
    return {
        "steps": steps,
        "seq_len": seq_len,
        "batch_size": batch_size,
        "tokens": steps * batch_size * seq_len,
        "loss_first": sum(head) / len(head),
        "loss_last": sum(tail) / len(tail),
        "seconds": time.perf_counter() - started,
    }


def _build(out: Path, arch: str, seed: int, vocab_size: int, context_length: int, n_sentences: int,
           hindi: float, pretrain_steps: int) -> None:
    import torch
    from transformers import AutoModelForCausalLM, GenerationConfig

    corpus = demo_corpus(n_sentences, seed, hindi=hindi)
    tokenizer = _train_tokenizer(corpus, vocab_size, context_length)
    config = _config(arch, tokenizer, context_length)

    # Private generator state: building the demo must not disturb the caller's RNG.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = AutoModelForCausalLM.from_config(config)
        pretrain = None
        if pretrain_steps > 0:
            pretrain = _pretrain(model, tokenizer, corpus, steps=pretrain_steps, seq_len=128, batch_size=16,
                                 learning_rate=3e-3, seed=seed, context_length=context_length)
            pretrain.update(sentences=len(corpus), context_length=context_length)
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    n_params = sum(p.numel() for p in model.parameters())
    (out / "README.md").write_text(_model_card(arch, n_params, seed, pretrain), encoding="utf-8")
    meta = {"name": DEMO_MODEL_NAME, "arch": arch, "seed": seed, "parameters": n_params, "hindi": hindi}
    if pretrain:
        meta["pretrain"] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in pretrain.items() if k != "seconds"}
    (out / "llmworks_demo.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")


def build_demo_model(
    out_dir: str | Path,
    arch: Literal["gpt2", "llama"] = "gpt2",
    seed: int = 0,
    *,
    vocab_size: int = 2048,
    context_length: int = 1024,
    n_sentences: int = 6000,
    hindi: float = 0.35,
    pretrain_steps: int = DEFAULT_PRETRAIN_STEPS,
    cache: bool = True,
) -> Path:
    """Build the tiny demo model in ``out_dir`` and return the folder.

    The tokenizer is a byte-level BPE trained on ``n_sentences`` generated sentences (a share
    ``hindi`` of them in Hindi), the model a 2-layer GPT-2 or Llama with a context of
    ``context_length`` tokens, pre-trained for ``pretrain_steps`` steps on the same sentences
    (``0``: random weights). A pre-trained build is kept in :func:`demo_cache_dir` and copied
    from there next time (``cache=False`` always builds). Deterministic: the same arguments give
    the same tokenizer, weights and files.
    """
    if arch not in ("gpt2", "llama"):
        raise ValueError(f"arch must be 'gpt2' or 'llama', not {arch!r}")
    out = Path(out_dir)
    args = {"arch": arch, "seed": seed, "vocab_size": vocab_size, "context_length": context_length,
            "n_sentences": n_sentences, "hindi": hindi, "pretrain_steps": pretrain_steps, "v": _BUILD_VERSION}
    if not cache or pretrain_steps <= 0:
        out.mkdir(parents=True, exist_ok=True)
        _build(out, arch, seed, vocab_size, context_length, n_sentences, hindi, pretrain_steps)
        return out
    key = hashlib.sha256(json.dumps(args, sort_keys=True).encode()).hexdigest()[:16]
    root = demo_cache_dir()
    entry = root / f"{arch}-{key}"
    if not (entry / "config.json").is_file():
        root.mkdir(parents=True, exist_ok=True)
        with open(root / f".{arch}-{key}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time; the others then copy its result
            if not (entry / "config.json").is_file():
                tmp = Path(tempfile.mkdtemp(prefix=f".{arch}-{key}.", dir=root))
                try:
                    _build(tmp, arch, seed, vocab_size, context_length, n_sentences, hindi, pretrain_steps)
                    tmp.rename(entry)
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    for f in entry.iterdir():
        if f.is_file():
            shutil.copyfile(f, out / f.name)
    return out
