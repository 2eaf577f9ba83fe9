"""q/k/v and gate/up as one NF4 launch each (with their LoRA branches) in the one-token decode step.

Gemma3Attention calls q_proj, k_proj, v_proj in that order on the same hidden state, Gemma3MLP gate_proj
then up_proj. Stacking those matrices row-wise makes one larger product (and, with a LoRA, one A x launch
for the stacked A matrices) out of three or two: fewer launches and fewer partly filled waves of small
matrices. The first projection's call computes the whole stack; the others return their slice when
called with the very tensor the first one saw, unchanged since (else they compute their own).

No weight is held twice: the stack's packed bytes are allocated once, each projection's bytes are
copied in, and its bitsandbytes Params4bit is pointed at its slice (a view), so prefill and training
through bitsandbytes read the same memory. The LoRA stacks (A rows stacked, B rows stacked with each
adapter's scaling folded in) are rebuilt by `refresh` whenever a FastDecoder is built, which the engine
does after the model or its adapter state changes.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import torch

from lumichats_desktop.engine.fast_kernels import one_token_step, plain_lora
from lumichats_desktop.engine.kernels.nf4_gemv import NF4Gemv
from lumichats_desktop.engine.nf4_weights import NF4Weight

log = logging.getLogger(__name__)
GROUPS = (("q_proj", "k_proj", "v_proj"), ("gate_proj", "up_proj"))


def _base(module: Any) -> Any:
    """The bitsandbytes layer under a projection (itself, or under PEFT's LoRA wrapper)."""
    return getattr(module, "base_layer", module)


def _gemv(module: Any) -> NF4Gemv | None:
    return getattr(getattr(_base(module), "forward", None), "nf4_gemv", None)


def _stack_weights(bases: list[Any], weights: list[NF4Weight]) -> NF4Weight | None:
    """One NF4Weight over the projections' rows; each Params4bit now views its slice of the stack."""
    first = weights[0]
    same = all(
        w.in_features == first.in_features
        and w.blocksize == first.blocksize
        and w.packed.device == first.packed.device
        and torch.equal(w.code, first.code)
        for w in weights
    )
    if not same:
        return None
    rows = sum(w.out_features for w in weights)
    packed = torch.empty(rows, first.in_features // 2, dtype=torch.uint8, device=first.packed.device)
    absmax = torch.cat([w.absmax for w in weights])
    row = scale = 0
    for base, w in zip(bases, weights, strict=True):
        part = packed[row : row + w.out_features]
        part.copy_(w.packed)
        base.weight.data = part.reshape(base.weight.data.shape)  # the old bytes are freed
        gemv = base.forward.nf4_gemv
        gemv.weight = replace(w, packed=part, absmax=absmax[scale : scale + w.absmax.numel()])
        row += w.out_features
        scale += w.absmax.numel()
    return replace(first, packed=packed, absmax=absmax, out_features=rows)


class ProjectionGroup:
    """Two or three projections of one layer that read the same x, computed by one NF4Gemv."""

    def __init__(self, modules: list[Any], gemv: NF4Gemv) -> None:
        self.modules = modules
        self.bases = [_base(m) for m in modules]
        self.gemv = gemv
        self.sizes = [int(b.weight.quant_state.shape[0]) for b in self.bases]
        self.starts = [sum(self.sizes[:i]) for i in range(len(self.sizes))]
        self.pointers = [b.weight.data_ptr() for b in self.bases]
        self.enabled = True
        self.adapter: str | None = None
        self.lora_a: torch.Tensor | None = None
        self.lora_b: torch.Tensor | None = None
        self._x: torch.Tensor | None = None
        self._version = -1
        self._out: torch.Tensor | None = None
        self._served = 0
        self._given: tuple[torch.Tensor, torch.Tensor] | None = None  # (x, A x partials) made with x

    @property
    def rank(self) -> int:
        return 0 if self.lora_b is None else int(self.lora_b.shape[1])

    def refresh(self, enabled: bool) -> None:
        """Rebuild the LoRA stacks from the active adapter (none if the projections disagree)."""
        self.enabled = enabled
        self.adapter, self.lora_a, self.lora_b = None, None, None
        self._x, self._out = None, None
        if not all(hasattr(m, "lora_A") for m in self.modules):
            return
        names = {plain_lora(m) for m in self.modules}
        name = names.pop() if len(names) == 1 else None
        if name is None:
            return
        a = [m.lora_A[name].weight for m in self.modules]
        b = [m.lora_B[name].weight * float(m.scaling[name]) for m in self.modules]
        if len({t.shape[0] for t in a}) != 1 or len({t.dtype for t in a}) != 1:
            return  # ranks or dtypes differ: each projection adds its own branch
        with torch.no_grad():
            self.lora_a = torch.cat(a).contiguous()
            self.lora_b = torch.cat(b).contiguous()
        self.adapter = name

    def lora_a_for_next_call(self) -> torch.Tensor | None:
        """The stacked A the next one-token call will multiply x by (None: no LoRA branch now), so the
        kernel that makes x can compute A x too (`give_ax`) and save the group its own A x launch."""
        if not self.enabled or self.lora_a is None:
            return None
        serve, with_lora = self._lora_now()
        return self.lora_a if serve and with_lora else None

    def give_ax(self, x: torch.Tensor, ax: torch.Tensor) -> None:
        """A x (partial sums, (parts, rank)) computed with x; used by the next call with that very x."""
        self._given = (x, ax)

    def _lora_now(self) -> tuple[bool, bool]:
        """(can serve, with the LoRA stacks): what the projections' PEFT state asks for right now."""
        if not all(b.weight.data_ptr() == p for b, p in zip(self.bases, self.pointers, strict=True)):
            return False, False  # a weight was replaced (merged, reloaded): not our stack any more
        if not hasattr(self.modules[0], "lora_A"):
            return all(not hasattr(m, "lora_A") for m in self.modules), False
        if all(m.disable_adapters and not m.merged for m in self.modules):
            return True, False  # PEFT runs only the base layers
        names = [plain_lora(m) for m in self.modules]
        ok = self.adapter is not None and all(n == self.adapter for n in names)
        return ok, ok

    def call(self, index: int, x: torch.Tensor) -> torch.Tensor | None:
        """Projection `index` of x, or None when the caller should compute it alone."""
        if index == 0:
            self._x, self._out = None, None
            given, self._given = self._given, None
            wanted = self.enabled and one_token_step(x)
            serve, with_lora = self._lora_now() if wanted else (False, False)
            if not serve:
                return None
            base = self.bases[0]
            xc = x.to(base.compute_dtype or x.dtype)
            lora = None
            if with_lora:
                from lumichats_desktop.engine.kernels.nf4_gemv import lora_a

                assert self.lora_a is not None and self.lora_b is not None
                ax = given[1] if given is not None and given[0] is x else lora_a(xc, self.lora_a)
                lora = (self.lora_b, ax, 1.0)
            self._out = self.gemv(xc, lora=lora).to(x.dtype)
            self._x, self._version, self._served = x, _version(x), 0
        elif not (
            self._x is x
            and _version(x) == self._version
            and self._served == index - 1
            and self._out is not None
        ):
            return None
        assert self._out is not None
        self._served = index
        part = self._out[..., self.starts[index] : self.starts[index] + self.sizes[index]]
        if index == len(self.modules) - 1:
            self._x, self._out = None, None  # served them all: hold nothing past the step
        return part


def _version(x: torch.Tensor) -> int:
    """x's in-place change counter; inference-mode tensors keep none (then the same tensor must do:
    nothing changes the hidden state between Gemma-3's q/k/v, or gate/up, calls)."""
    return -1 if x.is_inference() else int(x._version)


def _grouped_forward(module: Any, group: ProjectionGroup, index: int) -> Any:
    inner = module.forward

    def forward(x: torch.Tensor, *args: Any, **kwargs: Any) -> torch.Tensor:
        if not args and not kwargs:
            y = group.call(index, x)
            if y is not None:
                return y
        return inner(x, *args, **kwargs)

    forward.__dict__.update(inner.__dict__)  # keep the markers (nf4_gemv, lora_original) readable
    forward.group_inner = inner  # type: ignore[attr-defined]
    return forward


def use_projection_groups(root: torch.nn.Module, enabled: bool = True) -> list[ProjectionGroup]:
    """Stack q/k/v and gate/up of root's layers whose projections use our NF4 kernel; returns the groups.

    Call after `use_nf4_kernel` (and `use_lora_fusion`). On a model grouped before, only refreshes the
    LoRA stacks; with enabled=False, stacks nothing new and turns existing groups off (returns []).
    """
    groups: list[ProjectionGroup] = []
    for parent in root.modules():
        for names in GROUPS:
            if not all(hasattr(parent, n) for n in names):
                continue
            modules = [getattr(parent, n) for n in names]
            key = "nf4_group_" + names[0]
            group = parent.__dict__.get(key)
            if group is not None and any(a is not b for a, b in zip(group.modules, modules, strict=True)):
                _dismantle(group)  # the projections were wrapped since (a LoRA put on): stack them anew
                del parent.__dict__[key]
                group = None
            if group is None and enabled:
                group = _make_group(modules)
                if group is None:
                    continue
                parent.__dict__[key] = group
                for index, module in enumerate(modules):
                    module.forward = _grouped_forward(module, group, index)
            if group is not None:
                group.refresh(enabled)
                groups.append(group)
    log.info("q/k/v and gate/up stacked in %d NF4 launches", len(groups) if enabled else 0)
    return groups if enabled else []


def _dismantle(group: ProjectionGroup) -> None:
    """Give the group's modules their forwards from before it (their weights stay where they are)."""
    for module in group.modules:
        inner = getattr(module.forward, "group_inner", None)
        if inner is not None:
            module.forward = inner
    group.enabled = False


def _make_group(modules: list[Any]) -> ProjectionGroup | None:
    gemvs = [_gemv(m) for m in modules]
    if any(g is None for g in gemvs):
        return None
    kinds = {hasattr(m, "lora_A") for m in modules}
    bases = [_base(m) for m in modules]
    if len(kinds) != 1 or any(b.bias is not None for b in bases):
        return None
    if len({b.compute_dtype for b in bases}) != 1:
        return None
    weights = [g.weight for g in gemvs if g is not None]
    stacked = _stack_weights(bases, weights)
    if stacked is None:
        return None
    sizes = [w.out_features for w in weights]
    bounds = tuple(sum(sizes[: i + 1]) for i in range(len(sizes) - 1))
    return ProjectionGroup(modules, NF4Gemv(stacked, bounds=bounds))
