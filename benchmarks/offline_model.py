"""Measure LumiChats 270M against its base and write the adapter card (resources/adapters/lumichats-270m).

    python benchmarks/offline_model.py

Held-out response-only loss on conversations nobody trained on (tests/data/heldout_*.jsonl) and greedy
sample replies, base model (adapter off) vs LumiChats 270M, bf16 on the CPU.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from lumichats_desktop.engine.chat_engine import ChatEngine
from lumichats_desktop.engine.models import open_model
from lumichats_desktop.engine.sampling import SamplingParams
from trainer.common.catalog import OFFLINE_ID
from trainer.common.chat_format import Message
from trainer.common.dirs import app_dirs
from trainer.data import load_conversations
from trainer.loss import heldout_loss

REPO = Path(__file__).resolve().parents[1]
CARD_DIR = REPO / "resources" / "adapters" / "lumichats-270m"
PROMPTS: list[tuple[str, list[Message]]] = [
    ("English", [Message("user", "What is the capital of France?")]),
    ("English", [Message("user", "Give me three tips for a good night's sleep.")]),
    ("Spanish", [Message("user", "¿Por qué el cielo es azul? Responde en español.")]),
    ("French", [Message("user", "Écris un court poème sur la mer.")]),
    ("German", [Message("user", "Was ist ein Computer? Antworte auf Deutsch.")]),
    ("Chinese", [Message("user", "你好！请介绍一下你自己。")]),
    (
        "Multi-turn (needs turn 1)",
        [
            Message("user", "My name is Lena and I have a dog called Max."),
            Message("assistant", "Nice to meet you, Lena! Max sounds like a great companion."),
            Message("user", "What is my dog's name?"),
        ],
    ),
]


def reply(engine: ChatEngine, messages: list[Message]) -> str:
    params = SamplingParams(temperature=0.0, repetition_penalty=1.1, max_new_tokens=120)
    engine.reset_cache()
    prompt = engine.prepare(messages, max_new_tokens=params.max_new_tokens)
    parts = [p for p in engine.stream(prompt, params, threading.Event()) if isinstance(p, str)]
    return "".join(parts).strip()


def main() -> None:
    loaded = open_model(OFFLINE_ID, app_dirs(), device="cpu", quantization="bf16")
    engine = ChatEngine(loaded)
    losses: dict[str, dict[str, float]] = {}
    samples: dict[str, dict[str, str]] = {}
    for enabled, label in ((False, "base"), (True, "tuned")):
        loaded.set_adapter_enabled(enabled)
        for name in ("heldout_sharegpt.jsonl", "heldout_multilingual.jsonl"):
            conversations, _ = load_conversations(str(REPO / "tests" / "data" / name))
            losses.setdefault(name, {})[label] = heldout_loss(loaded.model, loaded.tokenizer, conversations)
        for i, (language, messages) in enumerate(PROMPTS):
            samples.setdefault(f"{i}", {"language": language, "prompt": messages[-1].content})[label] = reply(
                engine, messages
            )
    sys.stdout.write(json.dumps({"losses": losses, "samples": samples}, ensure_ascii=False, indent=2) + "\n")
    (CARD_DIR / "measurements.json").write_text(
        json.dumps({"losses": losses, "samples": samples}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
