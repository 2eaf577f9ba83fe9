"""Where a (PEFT-wrapped) Gemma-3 keeps its decoder and LM head: used by the loss and the fast decoder."""

from __future__ import annotations

from typing import Any


def language_parts(model: Any) -> tuple[Any, Any, float]:
    """(decoder returning hidden states, LM head weight, final logit softcap or 0) of a (PEFT) model."""
    model = getattr(model, "module", model)  # under DDP: the model it wraps
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    decoder = base.get_decoder()
    head = base.get_output_embeddings()
    cap = getattr(base.config.get_text_config(), "final_logit_softcapping", None) or 0.0
    return decoder, head.weight, float(cap)
