"""The NF4 block sizes timed on a GPU are found on disk by the next process (run twice on a CUDA machine).

export LUMICHATS_HOME=/tmp/h
    python benchmarks/gpu_tune_cache.py first && python benchmarks/gpu_tune_cache.py second
"""

import sys
import time

import bitsandbytes as bnb
import torch

from lumichats_desktop.engine.kernels import nf4_tune
from lumichats_desktop.engine.kernels.nf4_gemv import NF4Gemv
from lumichats_desktop.engine.nf4_weights import dequantize, nf4_weight

jobs, layers = [], []
for out_f, in_f in [(10240, 2560)] * 4 + [(2560, 10240)] * 4:
    lin = bnb.nn.Linear4bit(in_f, out_f, bias=False, compute_dtype=torch.bfloat16, quant_type="nf4")
    lin = lin.cuda()
    w = nf4_weight(lin.weight)
    assert w is not None, "bitsandbytes stored this layer in a layout we do not read"
    layers.append(w)
    jobs.append(nf4_tune.TuneJob(NF4Gemv(w), torch.bfloat16))
torch.cuda.synchronize()
t = time.perf_counter()
report = nf4_tune.tune(jobs)
print(f"{sys.argv[1]}: tune took {time.perf_counter() - t:.2f} s, searched {len(report)} shapes: {report}")
x = torch.randn(1, 1, 2560, dtype=torch.bfloat16, device="cuda")
y = jobs[0].gemv(x)
ref = (dequantize(layers[0]) @ x.float().reshape(-1)).to(torch.bfloat16)
error = float((y.float() - ref.float()).abs().max() / ref.float().abs().max())
print(f"{sys.argv[1]}: max |ours - reference| / max|reference| = {error:.4f}")
print("cache file:", nf4_tune._cache_file(), nf4_tune._cache_file().read_text()[:300])
