"""The fine-tune's settings: the LumiChats 4B v1.4 recipe as defaults, a TOML file, then flags."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, as the tomli package (a dependency there)
    import tomli as tomllib  # type: ignore[no-redef]

PROJECTIONS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


@dataclass
class TrainConfig:
    """One run, saved next to its output so it can be repeated exactly."""

    model: str = "lumichats-4b"  # a catalogue id (its base model is trained), a folder or a .gguf
    dataset: str = "mlabonne/FineTome-100k"
    extra_datasets: list[str] = field(default_factory=list)  # more files mixed in (e.g. a sample)
    output: str = "lumichats-adapter"
    load_in_4bit: bool = True
    lora_r: int = 8
    lora_alpha: int = 8
    lora_dropout: float = 0.0
    target_modules: list[str] = field(default_factory=lambda: list(PROJECTIONS))
    learning_rate: float = 2e-4
    per_device_batch_size: int = 2
    gradient_accumulation_steps: int = 4
    optimizer: str = "adamw_8bit"
    lr_scheduler: str = "linear"
    warmup_steps: int = 5
    max_steps: int = 30
    max_length: int = 2048
    seed: int = 3407
    eval_share: float = 0.02
    max_eval_rows: int = 200
    max_rows: int = 0  # 0: all rows of the dataset
    save_steps: int = 10
    eval_steps: int = 0  # 0: held-out loss only before and after training
    logging_steps: int = 1
    gradient_checkpointing: bool = True
    # Rows of one optimizer step that run in one forward pass, up to this many tokens (0: the per-device
    # batch). Same gradient as batch x accumulation (the loss is normalised per optimizer step), fewer passes.
    max_tokens_per_forward: int = 8192
    # Batch rows of similar length together (less padding). The order then depends on the batch shape, so
    # a run resumed with another process count sees its rows in another order; turn off for exact replays.
    group_by_length: bool = True
    device: str = "auto"

    @classmethod
    def load(cls, path: Path | None, overrides: dict[str, Any]) -> TrainConfig:
        """Defaults, then the TOML file (if any), then overrides that are not None."""
        values: dict[str, Any] = {}
        if path is not None:
            try:
                values.update(tomllib.loads(path.read_text(encoding="utf-8")))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ValueError(f"{path}: cannot read the config ({exc}).") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ValueError(f"Unknown config keys: {', '.join(unknown)}. Known: {', '.join(sorted(known))}.")
        config = cls(**values)
        config.check()
        return config

    def check(self) -> None:
        """Raise ValueError naming a setting that cannot work."""
        positive = (
            "lora_r",
            "per_device_batch_size",
            "gradient_accumulation_steps",
            "max_steps",
            "max_length",
        )
        for name in positive:
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1.")
        if not 0 < self.eval_share < 0.5:
            raise ValueError("eval_share must be between 0 and 0.5.")
        if self.max_tokens_per_forward < 0:
            raise ValueError("max_tokens_per_forward must be 0 (off) or positive.")
        if self.learning_rate <= 0:
            raise ValueError("learning_rate must be positive.")

    def save(self, folder: Path) -> None:
        """Write train_config.toml (readable by --config) into folder."""
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"{k} = {json.dumps(v)}" for k, v in asdict(self).items()]
        (folder / "train_config.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
