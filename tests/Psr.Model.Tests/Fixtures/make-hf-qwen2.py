"""Builds the Hugging Face parity fixtures in Fixtures/hf-qwen2/ (issue 3, item 7).

Needs PyTorch and transformers (not available on the CPU dev machines; it was run on the lent GPU machine, on
its CPU in float32 so that no TF32 or cuBLAS rounding enters the reference). For each variant it builds a tiny
random Qwen2ForCausalLM, save_pretrained()s it as safetensors, runs fixed token ids through it and writes
  <variant>/            the checkpoint folder exactly as transformers wrote it (config.json, *.safetensors)
  <variant>.logits.safetensors   input_ids (int64 [B,T]) and logits (float32 [B,T,V])
  <variant>.greedy.json          prompt ids and transformers' greedy continuation (generate, do_sample=False)
and versions.json with the library versions. Usage: python3 make-hf-qwen2.py OUT_DIR
"""
import json
import os
import sys

import torch
import transformers
from safetensors.torch import save_file
from transformers import Qwen2Config, Qwen2ForCausalLM

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
torch.set_num_threads(4)

VARIANTS = {
    # untied head, QKV bias (Qwen2 always has it), a non-default rope theta so that a loader that ignores it fails
    "untied": dict(tie_word_embeddings=False, rope_theta=1_000_000.0, shard=None),
    # tied head: save_pretrained writes no lm_head.weight
    "tied": dict(tie_word_embeddings=True, rope_theta=10_000.0, shard=None),
    # sharded: model.safetensors.index.json + several shards, as large checkpoints come
    "sharded": dict(tie_word_embeddings=False, rope_theta=500_000.0, shard="60KB"),
}

report = {"torch": torch.__version__, "transformers": transformers.__version__, "variants": {}}
for seed, (name, v) in enumerate(VARIANTS.items()):
    torch.manual_seed(1234 + seed)
    config = Qwen2Config(
        vocab_size=512,
        hidden_size=64,
        intermediate_size=160,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        rms_norm_eps=1e-6,
        rope_theta=v["rope_theta"],
        tie_word_embeddings=v["tie_word_embeddings"],
        hidden_act="silu",
        attn_implementation="eager",
    )
    # transformers 5 keeps the theta in rope_parameters; older versions read config.rope_theta
    if getattr(config, "rope_parameters", None):
        config.rope_parameters["rope_theta"] = v["rope_theta"]
    model = Qwen2ForCausalLM(config).float().eval()
    inv_freq = model.model.rotary_emb.inv_freq
    expected = 1.0 / (v["rope_theta"] ** (torch.arange(0, 16, 2, dtype=torch.float32) / 16))
    assert torch.allclose(inv_freq.float().cpu(), expected, rtol=1e-5), (name, inv_freq, expected)
    # random init has zero biases and unit norms; perturb every parameter so each one matters in the logits
    with torch.no_grad():
        for pname, p in model.named_parameters():
            if pname.endswith("norm.weight"):
                p.copy_(1.0 + 0.2 * torch.randn_like(p))
            elif pname.endswith("bias"):
                p.copy_(0.1 * torch.randn_like(p))
            else:
                p.copy_(0.08 * torch.randn_like(p))
    folder = os.path.join(out, name)
    kw = {"safe_serialization": True}
    if v["shard"]:
        kw["max_shard_size"] = v["shard"]
    model.save_pretrained(folder, **kw)

    g = torch.Generator().manual_seed(99 + seed)
    ids = torch.randint(0, 512, (2, 24), generator=g)
    with torch.no_grad():
        logits = model(input_ids=ids).logits.float().contiguous()
    save_file({"input_ids": ids.contiguous(), "logits": logits}, os.path.join(out, f"{name}.logits.safetensors"))

    prompt = ids[0, :8].unsqueeze(0)
    with torch.no_grad():
        gen = model.generate(prompt, max_new_tokens=16, do_sample=False, num_beams=1,
                             pad_token_id=0, eos_token_id=None,
                             return_dict_in_generate=True, output_scores=True)
    new = gen.sequences[0, 8:].tolist()
    # smallest top-1/top-2 gap along the greedy path: how robust the greedy fixture is to float noise
    gaps = [float((s[0].topk(2).values[0] - s[0].topk(2).values[1]).item()) for s in gen.scores]
    with open(os.path.join(out, f"{name}.greedy.json"), "w") as f:
        json.dump({"prompt": prompt[0].tolist(), "continuation": new}, f)
    report["variants"][name] = {
        "files": sorted(os.listdir(folder)),
        "logits_abs_max": float(logits.abs().max()),
        "logits_std": float(logits.std()),
        "min_greedy_gap": min(gaps),
        "config": json.load(open(os.path.join(folder, "config.json"))),
    }
with open(os.path.join(out, "versions.json"), "w") as f:
    json.dump({"torch": report["torch"], "transformers": report["transformers"]}, f, indent=1)
print(json.dumps(report, indent=1))
