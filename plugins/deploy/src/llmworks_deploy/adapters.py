"""Uploaded PEFT adapters: the archive checks and the validation against a base model.

An upload is a zip or tar(.gz) archive holding ``adapter_config.json`` and
``adapter_model.safetensors`` (at its root or in one folder), optionally a ``README.md``.
The archive is checked before anything is extracted, like every archive the platform takes:
no absolute paths, ``..``, links, devices or duplicate names; at most ``MAX_MEMBERS`` members;
the uncompressed total bounded (``LLMWORKS_DEPLOY_MAX_ADAPTER_BYTES``, 2 GiB) and a zip's
compression ratio bounded (a bomb is refused by its declared sizes, and extraction stops at the
limit whatever the headers say). Then the adapter is validated against its base without loading
either (safetensors headers only): a LoRA config, every LoRA tensor on a module the base has,
the target modules present in the base, shapes that fit the base weights, and the rank.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import struct
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from llmworks_sdk import Invalid

REQUIRED = ("adapter_config.json", "adapter_model.safetensors")
OPTIONAL = ("README.md",)
MAX_MEMBERS = 16
MAX_RATIO = 200  # uncompressed / compressed, per zip member
MAX_CONFIG_BYTES = 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024 * 1024


def max_adapter_bytes() -> int:
    return int(os.environ.get("LLMWORKS_DEPLOY_MAX_ADAPTER_BYTES", str(2 * 1024**3)))


def _bad(msg: str, where: str = "file") -> Invalid:
    return Invalid(msg, field=("body", where))


def _check_name(name: str) -> str:
    path = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or path.is_absolute() or ".." in path.parts or (len(name) > 1 and name[1] == ":"):
        raise _bad(f"archive member '{name}' points outside the archive: refused")
    parts = [p for p in path.parts if p not in ("", ".")]
    if len(parts) > 2:
        raise _bad(f"archive member '{name}' is nested too deep: put the adapter files at the root or in one folder")
    return "/".join(parts)


@dataclass
class Member:
    name: str  # normalised path inside the archive
    size: int


def list_members(path: Path) -> tuple[str, list[Member]]:
    """The archive's kind and its regular files, after every structural check."""
    members: list[Member] = []
    limit = max_adapter_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _bad(f"the archive has {len(infos)} members; an adapter has at most {MAX_MEMBERS}")
            for info in infos:
                name = _check_name(info.filename)
                if info.is_dir():
                    continue
                if info.flag_bits & 0x1:
                    raise _bad(f"archive member '{info.filename}' is encrypted: refused")
                mode = (info.external_attr >> 16) & 0o170000
                if mode and mode != 0o100000:
                    raise _bad(f"archive member '{info.filename}' is a link or special file: refused")
                if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1024 * 1024:
                    raise _bad(f"archive member '{info.filename}' expands {info.file_size / info.compress_size:.0f}x: "
                               "refused as a possible zip bomb")
                members.append(Member(name, info.file_size))
        kind = "zip"
    elif tarfile.is_tarfile(path):
        with tarfile.open(path) as tf:
            count = 0
            for info in tf:
                count += 1
                if count > MAX_MEMBERS:
                    raise _bad(f"the archive has more than {MAX_MEMBERS} members; an adapter has at most {MAX_MEMBERS}")
                name = _check_name(info.name)
                if info.isdir():
                    continue
                if not info.isreg():
                    raise _bad(f"archive member '{info.name}' is a link or special file: refused")
                members.append(Member(name, info.size))
        kind = "tar"
    else:
        raise _bad("the upload is not a zip or tar archive: pack adapter_config.json and adapter_model.safetensors")
    names = [m.name for m in members]
    if len(set(names)) != len(names):
        raise _bad("the archive holds the same file twice: refused")
    total = sum(m.size for m in members)
    if total > limit:
        raise _bad(f"the archive expands to {total:,} bytes; at most {limit:,} are accepted")
    return kind, members


def _layout(members: list[Member]) -> dict[str, str]:
    """basename → member name for the adapter's files (one folder at most)."""
    folders = {m.name.rsplit("/", 1)[0] if "/" in m.name else "" for m in members}
    if len(folders) > 1:
        raise _bad("the adapter files are spread over several folders: put them in one")
    out = {}
    for m in members:
        base = m.name.rsplit("/", 1)[-1]
        if base not in REQUIRED + OPTIONAL:
            raise _bad(f"unexpected file '{m.name}' in the archive: an adapter holds {', '.join(REQUIRED)} "
                       f"(and optionally {', '.join(OPTIONAL)})")
        out[base] = m.name
    missing = [n for n in REQUIRED if n not in out]
    if missing:
        raise _bad(f"the archive lacks {', '.join(missing)}")
    return out


def extract(path: Path, dest: Path) -> Path:
    """Check the archive and write its adapter files flat into ``dest`` (bounded, whatever the headers say)."""
    kind, members = list_members(path)
    layout = _layout(members)
    wanted = {v: k for k, v in layout.items()}
    limit = max_adapter_bytes()
    written = 0
    dest.mkdir(parents=True, exist_ok=True)

    def copy(src: Any, name: str, declared: int) -> None:
        nonlocal written
        with open(dest / name, "wb") as out:
            while True:
                chunk = src.read(1024 * 1024)
                if not chunk:
                    break
                written += len(chunk)
                if written > limit or out.tell() + len(chunk) > declared:
                    raise _bad("an archive member is larger than its header says: refused")
                out.write(chunk)

    sizes = {m.name: m.size for m in members}
    if kind == "zip":
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                name = _check_name(info.filename)
                if name in wanted:
                    with zf.open(info) as src:
                        copy(src, wanted[name], sizes[name])
    else:
        with tarfile.open(path) as tf:
            for info in tf:
                name = _check_name(info.name)
                if name in wanted and info.isreg():
                    src = tf.extractfile(info)
                    if src is not None:
                        copy(src, wanted[name], sizes[name])
    return dest


# ---------------------------------------------------------------- safetensors headers
def safetensors_header(path: Path) -> dict[str, Any]:
    with open(path, "rb") as f:
        raw = f.read(8)
        if len(raw) != 8:
            raise _bad(f"{path.name} is not a safetensors file (too short)")
        (n,) = struct.unpack("<Q", raw)
        if n > MAX_HEADER_BYTES or n > path.stat().st_size - 8:
            raise _bad(f"{path.name} is not a valid safetensors file (header of {n} bytes)")
        try:
            header = json.loads(f.read(n))
        except ValueError as exc:
            raise _bad(f"{path.name} is not a valid safetensors file: {exc}") from exc
    header.pop("__metadata__", None)
    return header


def base_shapes(base: Path) -> dict[str, list[int]]:
    """Tensor name → shape of a base model folder (single or sharded safetensors)."""
    files = [base / "model.safetensors"]
    index = base / "model.safetensors.index.json"
    if index.is_file():
        files = sorted({base / f for f in json.loads(index.read_text())["weight_map"].values()})
    shapes: dict[str, list[int]] = {}
    for f in files:
        if not f.is_file():
            raise Invalid(f"the base model has no safetensors weights ({f.name}): adapters are validated against them",
                          field=("body", "base_model"))
        for name, meta in safetensors_header(f).items():
            shapes[name] = list(meta.get("shape") or [])
    return shapes


def base_hash(base: Path, shapes: dict[str, list[int]]) -> str:
    """A fingerprint of a base model: its config and the names and shapes of its weights."""
    h = hashlib.sha256()
    cfg = base / "config.json"
    if cfg.is_file():
        h.update(json.dumps(json.loads(cfg.read_text()), sort_keys=True).encode())
    h.update(json.dumps(sorted(shapes.items())).encode())
    return h.hexdigest()


@dataclass
class Report:
    rank: int
    target_modules: list[str]
    modules: int
    base_hash: str
    base_model_name: str
    warnings: list[str] = field(default_factory=list)
    config: dict[str, Any] = field(default_factory=dict)


def _find_base_weight(module: str, shapes: dict[str, list[int]]) -> str | None:
    parts = module.split(".")
    for i in range(len(parts)):
        candidate = ".".join(parts[i:]) + ".weight"
        if candidate in shapes:
            return candidate
    for name in shapes:  # the base saved with a prefix the adapter lacks (transformer.h.0 vs h.0)
        if name.endswith("." + module + ".weight"):
            return name
    return None


def validate(folder: Path, base: Path, base_name: str, *, expected_base_hash: str | None = None) -> Report:
    """Validate an adapter folder against base ``base``; ``Invalid`` (422) says what does not fit."""
    cfg_path = folder / "adapter_config.json"
    if cfg_path.stat().st_size > MAX_CONFIG_BYTES:
        raise _bad("adapter_config.json is larger than 1 MiB")
    try:
        config = json.loads(cfg_path.read_text())
    except ValueError as exc:
        raise _bad(f"adapter_config.json is not valid JSON: {exc}") from exc
    if not isinstance(config, dict) or str(config.get("peft_type", "")).upper() != "LORA":
        raise _bad(f"adapter_config.json: peft_type must be LORA (got {config.get('peft_type')!r})")
    r = config.get("r")
    if not isinstance(r, int) or r < 1:
        raise _bad(f"adapter_config.json: r must be a positive integer (got {r!r})")
    targets = config.get("target_modules") or []
    targets = [targets] if isinstance(targets, str) else list(targets)
    shapes = base_shapes(base)
    fingerprint = base_hash(base, shapes)
    if expected_base_hash and expected_base_hash != fingerprint:
        raise Invalid(f"the adapter was made for a base with fingerprint {expected_base_hash[:12]}..., but "
                      f"'{base_name}' has {fingerprint[:12]}...: wrong base model", field=("body", "base_hash"))
    tensors = safetensors_header(folder / "adapter_model.safetensors")
    fan_in_fan_out = bool(config.get("fan_in_fan_out"))
    rank_pattern = config.get("rank_pattern") or {}
    modules: dict[str, dict[str, list[int]]] = {}
    for name, meta in tensors.items():
        for part in ("lora_A", "lora_B"):
            marker = f".{part}."
            if marker in name:
                module = name.split(marker)[0]
                for prefix in ("base_model.model.", "base_model."):
                    if module.startswith(prefix):
                        module = module[len(prefix):]
                        break
                modules.setdefault(module, {})[part] = list(meta.get("shape") or [])
    if not modules:
        raise _bad("adapter_model.safetensors holds no LoRA weights (lora_A/lora_B)")
    problems: list[str] = []
    seen_targets: set[str] = set()
    for module, pair in sorted(modules.items()):
        weight = _find_base_weight(module, shapes)
        if weight is None:
            problems.append(f"module '{module}' is absent from the base '{base_name}'")
            continue
        seen_targets.update(t for t in targets if module == t or module.endswith("." + t))
        if set(pair) != {"lora_A", "lora_B"}:
            problems.append(f"module '{module}' lacks {'lora_B' if 'lora_A' in pair else 'lora_A'}")
            continue
        w = shapes[weight]
        if len(w) != 2:
            problems.append(f"module '{module}': base weight {weight} has shape {w}, not a matrix")
            continue
        in_f, out_f = (w[0], w[1]) if fan_in_fan_out else (w[1], w[0])
        a, b = pair["lora_A"], pair["lora_B"]
        want_r = next((v for k, v in rank_pattern.items() if module.endswith(k)), r)
        if len(a) != 2 or len(b) != 2:
            problems.append(f"module '{module}': LoRA weights are not matrices")
        elif a[1] != in_f or b[0] != out_f:
            problems.append(f"module '{module}': LoRA shapes A{a} B{b} do not fit the base weight {w} "
                            f"({in_f} inputs, {out_f} outputs): wrong base model")
        elif a[0] != want_r or b[1] != want_r:
            problems.append(f"module '{module}': rank {a[0]} in the weights, {want_r} in adapter_config.json")
    missing = [t for t in targets if t not in seen_targets and not any(
        k.endswith("." + t + ".weight") or k == t + ".weight" for k in shapes)]
    if missing:
        problems.insert(0, f"target modules {', '.join(missing)} are absent from the base '{base_name}'")
    if problems:
        shown = "; ".join(problems[:5]) + (f" (+{len(problems) - 5} more)" if len(problems) > 5 else "")
        raise Invalid(f"the adapter does not fit base '{base_name}': {shown}", field=("body", "file"))
    warnings = []
    declared = str(config.get("base_model_name_or_path") or "")
    if declared and Path(declared).name not in (base_name, base.name, base.resolve().name):
        warnings.append(f"adapter_config.json names base '{declared}'; validated against '{base_name}' by its weights")
    return Report(rank=r, target_modules=sorted(targets) or sorted({m.rsplit('.', 1)[-1] for m in modules}),
                  modules=len(modules), base_hash=fingerprint, base_model_name=declared, warnings=warnings, config=config)


def digest_of(folder: Path) -> str:
    h = hashlib.sha256()
    for name in REQUIRED:
        with open(folder / name, "rb") as f:
            for chunk in iter(lambda f=f: f.read(1024 * 1024), b""):
                h.update(chunk)
    return h.hexdigest()


def pack(folder: Path, fmt: str = "zip") -> bytes:
    """An archive of an adapter folder as the upload expects it (tests, the CLI)."""
    buf = io.BytesIO()
    if fmt == "zip":
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name in REQUIRED:
                zf.write(folder / name, name)
    else:
        with tarfile.open(fileobj=buf, mode="w:gz") as tf:
            for name in REQUIRED:
                tf.add(folder / name, arcname=name)
    return buf.getvalue()


def install(src: Path, root: Path, digest: str) -> Path:
    """Move a validated adapter folder to its content-addressed home (``root/<digest>``)."""
    dest = root / digest
    if dest.is_dir():
        shutil.rmtree(src, ignore_errors=True)
        return dest
    root.mkdir(parents=True, exist_ok=True)
    os.replace(src, dest)
    return dest
