"""Triton Python-backend model written by llmworks: one decoding step per request.

Requests belong to sequences (Triton's sequence batcher: ``sequence_id``, ``sequence_start``,
``sequence_end``). The key/value cache of each live sequence stays here, so a request sends
only its new token ids (the prompt on the first step, then one token) and gets back the raw
float32 logits of the last position; the client chooses the next token.

Needs numpy and onnxruntime in the server's Python; ``llmworks_onnx_runtime.py`` next to
this file is a copy of ``llmworks_sdk.onnx_runtime``.
"""

import json
import os
import sys
from collections import OrderedDict

import numpy as np
import triton_python_backend_utils as pb_utils

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from llmworks_onnx_runtime import OnnxCausalLM  # noqa: E402


def _scalar(request, name, default):
    tensor = pb_utils.get_input_tensor_by_name(request, name)
    return default if tensor is None else tensor.as_numpy().reshape(-1)[0].item()


class TritonPythonModel:
    def initialize(self, args):
        config = json.loads(args["model_config"])
        parameters = {k: v["string_value"] for k, v in config.get("parameters", {}).items()}
        folder = os.path.join(args["model_repository"], args["model_version"])
        if args.get("model_instance_kind") == "GPU":
            providers = ["CUDAExecutionProvider", "CPUExecutionProvider"]
        else:
            providers = ["CPUExecutionProvider"]
        self.lm = OnnxCausalLM(folder, providers=providers, threads=int(parameters.get("threads", "0")))
        self.max_sequences = int(parameters.get("max_sequences", "64"))
        self.caches = OrderedDict()  # sequence id -> KVCache, least recently used first

    def _step(self, request):
        ids = pb_utils.get_input_tensor_by_name(request, "INPUT_IDS").as_numpy().reshape(1, -1).astype(np.int64)
        sequence = _scalar(request, "CORRID", 0)
        start, end = bool(_scalar(request, "START", 0)), bool(_scalar(request, "END", 0))
        if start:
            cache = self.lm.new_cache()
        elif sequence in self.caches:
            cache = self.caches.pop(sequence)
        else:
            raise ValueError(f"sequence {sequence} is unknown or expired: start it with sequence_start=True")
        if ids.shape[1]:
            logits, cache = self.lm.forward(ids, cache)
            last = logits[0, -1]
        else:  # an empty step only ends (or probes) the sequence
            last = np.zeros(self.lm.manifest.vocab_size, dtype=np.float32)
        if not end:
            self.caches[sequence] = cache
            while len(self.caches) > self.max_sequences:
                self.caches.popitem(last=False)
        logits_out = pb_utils.Tensor("LOGITS", last.astype(np.float32)[None, :])
        length_out = pb_utils.Tensor("CACHE_LENGTH", np.array([[cache.length]], dtype=np.int64))
        return pb_utils.InferenceResponse(output_tensors=[logits_out, length_out])

    def execute(self, requests):
        responses = []
        for request in requests:
            try:
                responses.append(self._step(request))
            except Exception as exc:  # noqa: BLE001 - reported to the client, the model stays up
                responses.append(pb_utils.InferenceResponse(output_tensors=[], error=pb_utils.TritonError(str(exc))))
        return responses

    def finalize(self):
        self.caches.clear()
