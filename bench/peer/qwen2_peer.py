#!/usr/bin/env python3
"""PyTorch peer for `psr bench`: the same tiny Qwen2-family decoder as psr's TorchSharp model, timed the same way.

Written for PyTorch 1.13 (Debian's python3-torch), which has no scaled_dot_product_attention, so attention is
manual (matmul, causal mask, softmax, matmul). Prints one JSON object per run on stdout.

  python3 qwen2_peer.py matmul n=2048 reps=5 threads=2
  python3 qwen2_peer.py train d=128 layers=4 heads=4 kv_heads=4 vocab=96 bias=1 ctx=512 batch=32 seq=128 steps=12 warmup=2 threads=2
  python3 qwen2_peer.py sample d=128 layers=4 heads=4 kv_heads=4 vocab=96 bias=1 ctx=512 batch=16 prompt=16 new=128 reps=3 threads=2
  (bf16=1 on any mode: bfloat16 matmul, CPU autocast training, bfloat16 sampling)

`dotnet run -c Release --project bench/Psr.Bench -- engine` runs it with exactly psr's arguments. Mirrors psr's
choices: AdamW without decay on 1-D parameters, gradient clipping at 1.0, N sampled tokens from N - 1 decoding steps,
one intra-op thread for tiny decoding steps. Run it with the OpenMP build of OpenBLAS on LD_LIBRARY_PATH and
OPENBLAS_CORETYPE set on CPUs newer than OpenBLAS 0.3.21 (docs/benchmarks.md): Debian's python3-torch otherwise uses
the reference BLAS (about 30x slower), and 0.3.21 falls back to generic kernels on e.g. Sapphire Rapids (10x slower).
"""
import json
import math
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


def parse_args(argv):
    args = {"mode": argv[0]}
    for a in argv[1:]:
        k, v = a.split("=", 1)
        args[k] = int(v) if v.lstrip("-").isdigit() else v
    return args


class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rope_tables(head_dim, max_len, theta=10000.0):
    inv = 1.0 / (theta ** (torch.arange(0, head_dim, 2).float() / head_dim))
    freqs = torch.outer(torch.arange(max_len).float(), inv)
    emb = torch.cat([freqs, freqs], dim=-1)
    return emb.cos(), emb.sin()


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat([-x[..., h:], x[..., :h]], dim=-1)


class Attention(nn.Module):
    def __init__(self, d, heads, kv_heads, bias):
        super().__init__()
        self.h, self.kvh, self.hd = heads, kv_heads, d // heads
        self.q_proj = nn.Linear(d, heads * self.hd, bias=bias)
        self.k_proj = nn.Linear(d, kv_heads * self.hd, bias=bias)
        self.v_proj = nn.Linear(d, kv_heads * self.hd, bias=bias)
        self.o_proj = nn.Linear(heads * self.hd, d, bias=False)

    def forward(self, x, cos, sin, pos, cache=None):
        B, T, _ = x.shape
        q = self.q_proj(x).view(B, T, self.h, self.hd).transpose(1, 2)  # (B, H, T, hd)
        k = self.k_proj(x).view(B, T, self.kvh, self.hd).transpose(1, 2)
        v = self.v_proj(x).view(B, T, self.kvh, self.hd).transpose(1, 2)
        c, s = cos[pos:pos + T], sin[pos:pos + T]
        q = q * c + rotate_half(q) * s
        k = k * c + rotate_half(k) * s
        if cache is not None:
            kc, vc = cache
            kc[:, :, pos:pos + T] = k
            vc[:, :, pos:pos + T] = v
            k, v = kc[:, :, :pos + T], vc[:, :, :pos + T]
        if self.kvh != self.h:
            k = k.repeat_interleave(self.h // self.kvh, dim=1)
            v = v.repeat_interleave(self.h // self.kvh, dim=1)
        att = (q @ k.transpose(-2, -1)) / math.sqrt(self.hd)  # (B, H, T, S)
        S = k.shape[2]
        if T > 1:  # one new token attends to every cached key: no mask (as psr and Hugging Face skip it)
            mask = torch.ones(T, S, dtype=torch.bool).tril(diagonal=S - T)
            att = att.masked_fill(~mask, float("-inf"))
        att = att.softmax(-1)
        y = (att @ v).transpose(1, 2).reshape(B, T, self.h * self.hd)
        return self.o_proj(y)


class Block(nn.Module):
    def __init__(self, d, heads, kv_heads, inter, bias):
        super().__init__()
        self.input_layernorm = RMSNorm(d)
        self.self_attn = Attention(d, heads, kv_heads, bias)
        self.post_attention_layernorm = RMSNorm(d)
        self.gate_proj = nn.Linear(d, inter, bias=False)
        self.up_proj = nn.Linear(d, inter, bias=False)
        self.down_proj = nn.Linear(inter, d, bias=False)

    def forward(self, x, cos, sin, pos, cache=None):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, pos, cache)
        h = self.post_attention_layernorm(x)
        return x + self.down_proj(F.silu(self.gate_proj(h)) * self.up_proj(h))


class Model(nn.Module):
    def __init__(self, a):
        super().__init__()
        d, heads = a["d"], a["heads"]
        inter = a.get("inter", ((8 * d // 3 + 31) // 32) * 32)
        self.embed_tokens = nn.Embedding(a["vocab"], d)
        nn.init.normal_(self.embed_tokens.weight, std=0.02)
        self.layers = nn.ModuleList(
            Block(d, heads, a["kv_heads"], inter, bool(a.get("bias", 0))) for _ in range(a["layers"]))
        self.norm = RMSNorm(d)
        cos, sin = rope_tables(d // heads, a.get("ctx", 512))
        self.register_buffer("cos", cos, persistent=False)
        self.register_buffer("sin", sin, persistent=False)

    def forward(self, ids, pos=0, caches=None):
        x = self.embed_tokens(ids)
        for i, layer in enumerate(self.layers):
            x = layer(x, self.cos, self.sin, pos, None if caches is None else caches[i])
        return F.linear(self.norm(x), self.embed_tokens.weight)  # tied LM head


def n_params(m):
    return sum(p.numel() for p in m.parameters())


def run_matmul(a):
    n = a.get("n", 2048)
    dtype = torch.bfloat16 if a.get("bf16", 0) else torch.float32
    x, y = torch.randn(n, n).to(dtype), torch.randn(n, n).to(dtype)
    x @ y
    best = 0.0
    for _ in range(a.get("reps", 5)):
        t = time.perf_counter()
        x @ y
        best = max(best, 2 * n ** 3 / (time.perf_counter() - t) / 1e9)
    return {"gflops": best}


def run_train(a):
    torch.manual_seed(a.get("seed", 0))
    m = Model(a)
    # As psr's AdamWFactory: weight decay on matrices only, none on norm scales and biases.
    decay = [p for p in m.parameters() if p.dim() >= 2]
    plain = [p for p in m.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": plain, "weight_decay": 0.0}],
                            lr=1e-3, betas=(0.9, 0.999), eps=1e-8)
    B, T = a["batch"], a["seq"]
    bf16 = bool(a.get("bf16", 0))  # CPU autocast to bfloat16 (float32 master weights and AdamW state)
    def step():
        ids = torch.randint(0, a["vocab"], (B, T + 1))
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            logits = m(ids[:, :-1])
        logits = logits.float()
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), ids[:, 1:].reshape(-1))
        loss.backward()
        # As psr's GradientStep: clip the global norm (1.0, the SFT default), step, clear the gradients.
        norm = torch.nn.utils.clip_grad_norm_(m.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        return norm.item()
    for _ in range(a.get("warmup", 3)):
        step()
    t = time.perf_counter()
    for _ in range(a["steps"]):
        step()
    dt = time.perf_counter() - t
    return {"params": n_params(m), "tokens_per_s": a["steps"] * B * T / dt}


@torch.no_grad()
def run_sample(a):
    torch.manual_seed(a.get("seed", 0))
    dtype = torch.bfloat16 if a.get("bf16", 0) else torch.float32
    m = Model(a).eval().to(dtype)
    B, P, N = a["batch"], a.get("prompt", 16), a.get("new", 128)
    hd, kvh = a["d"] // a["heads"], a["kv_heads"]
    # The same thread policy as psr's DecodeThreads: tiny decoding steps run on one intra-op thread.
    if B * a["d"] * m.layers[0].gate_proj.out_features < 2 ** 21:
        torch.set_num_threads(1)
    def once():
        caches = [(torch.zeros(B, kvh, P + N, hd, dtype=dtype), torch.zeros(B, kvh, P + N, hd, dtype=dtype)) for _ in m.layers]
        ids = torch.randint(0, a["vocab"], (B, P))
        logits = m(ids, 0, caches)[:, -1].float()
        nxt = torch.multinomial(logits.softmax(-1), 1)  # temperature 1; N tokens need N - 1 decode steps
        out = [nxt]
        for pos in range(P, P + N - 1):
            logits = m(nxt, pos, caches)[:, -1].float()
            nxt = torch.multinomial(logits.softmax(-1), 1)
            out.append(nxt)
        return torch.cat(out, 1).tolist()  # psr hands back token lists too
    once()
    best = 0.0
    for _ in range(a.get("reps", 2)):
        t = time.perf_counter()
        once()
        best = max(best, B * N / (time.perf_counter() - t))
    return {"params": n_params(m), "tokens_per_s": best}


def loaded_blas():
    """The BLAS shared library this process loaded, so a report can show which one the numbers came from."""
    try:
        with open("/proc/self/maps") as maps:
            libs = {line.split()[-1] for line in maps if "blas" in line.split()[-1]}
    except OSError:
        return "unknown"
    real = sorted(l for l in libs if "openblas" in l.rsplit("/", 1)[-1]) or sorted(l for l in libs if "lapack" not in l) or sorted(libs)
    return real[0] if real else "none"


def main():
    a = parse_args(sys.argv[1:])
    torch.set_num_threads(a.get("threads", 2))
    result = {"matmul": run_matmul, "train": run_train, "sample": run_sample}[a["mode"]](a)
    result.update({"peer": "pytorch", "torch": torch.__version__, "blas": loaded_blas(), **{k: v for k, v in a.items()}})
    print(json.dumps(result))


if __name__ == "__main__":
    main()
