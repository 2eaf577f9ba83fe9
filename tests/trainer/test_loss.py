"""The chunked, labels-only loss equals the plain full-logits loss, in value and in LoRA gradients."""

from __future__ import annotations

import torch

from tests.tiny_models import tiny_text_config
from trainer.config import TrainConfig
from trainer.labels import IGNORE, ResponseOnlyCollator
from trainer.loss import response_only_loss_sum
from trainer.model import lora_config


def _lora_model(cap: float | None = None):  # type: ignore[no-untyped-def]
    from peft import get_peft_model
    from transformers import Gemma3ForCausalLM

    torch.manual_seed(0)
    config = tiny_text_config()
    config.final_logit_softcapping = cap
    model = Gemma3ForCausalLM(config).float()
    peft_model = get_peft_model(model, lora_config(TrainConfig()))
    for name, param in peft_model.named_parameters():
        if "lora_B" in name:  # B starts at zero; make the adapter matter for the gradient check
            torch.nn.init.normal_(param, std=0.05)
    return peft_model


def _batch() -> dict[str, torch.Tensor]:
    torch.manual_seed(1)
    rows = []
    for length, prompt in ((40, 12), (23, 5), (90, 70)):  # the third is longer than the 64-token window
        ids = torch.randint(3, 262144, (length,)).tolist()
        rows.append({"input_ids": ids, "labels": [IGNORE] * prompt + ids[prompt:]})
    return ResponseOnlyCollator(pad_id=0, needs_token_type_ids=False)(rows)


def _grads(model) -> dict[str, torch.Tensor]:  # type: ignore[no-untyped-def]
    return {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}


def test_chunked_loss_and_lora_gradients_equal_the_plain_computation() -> None:
    for cap in (None, 30.0):
        model = _lora_model(cap)
        batch = _batch()
        plain = model(**batch).loss  # full logits, mean over labelled tokens
        plain.backward()
        expected = _grads(model)
        model.zero_grad()
        total, count = response_only_loss_sum(model, batch, chunk_rows=16)  # several chunks
        (total / count).backward()
        assert count == int((batch["labels"][:, 1:] != IGNORE).sum())
        torch.testing.assert_close(total / count, plain, rtol=1e-5, atol=1e-5)
        got = _grads(model)
        assert expected and got.keys() == expected.keys()
        for name in expected:
            torch.testing.assert_close(got[name], expected[name], rtol=1e-4, atol=1e-6, msg=name)


def test_padding_does_not_change_a_rows_loss() -> None:
    model = _lora_model()
    batch = _batch()
    with torch.no_grad():
        together, _ = response_only_loss_sum(model, batch)
        alone = 0.0
        for i in range(3):
            n = int((batch["input_ids"][i] != 0).sum())
            row = {k: v[i : i + 1, :n] for k, v in batch.items()}
            alone += float(response_only_loss_sum(model, row)[0])
    assert torch.isfinite(together)
    assert abs(float(together) - alone) < 1e-3 * alone
