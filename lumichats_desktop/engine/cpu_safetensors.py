"""Read tensors out of a model's .safetensors files one at a time, without mapping the whole file.

Why not `safetensors.safe_open`: it maps the whole file into the process, and every page a read touches
stays in the process's resident set until the handle closes, so packing the 270M through it peaks at
the packed weights plus the whole 536 MB file. Here each tensor (or block of rows) is read into its own
buffer and freed once packed; only the embedding table is memory-mapped, for looking up the rows of the
tokens actually fed (a few pages, not the 335 MB table).

The format is the documented one: an 8-byte little-endian header length, a JSON header naming each
tensor's dtype, shape and byte range, then the data.
"""

from __future__ import annotations

import json
import mmap
import struct
from pathlib import Path
from typing import Any

import torch

DTYPES = {"BF16": torch.bfloat16, "F16": torch.float16, "F32": torch.float32}


class SafetensorsFolder:
    """Every tensor of the *.safetensors files in a folder (a single file or shards), by name."""

    def __init__(self, paths: list[Path]) -> None:
        self._entries: dict[str, tuple[Path, torch.dtype, list[int], int]] = {}
        self._maps: list[mmap.mmap] = []
        for path in paths:
            with path.open("rb") as handle:
                start = handle.read(8)
                if len(start) < 8:
                    raise ValueError(f"{path.name} is not a safetensors file (too short)")
                (size,) = struct.unpack("<Q", start)
                header: dict[str, Any] = json.loads(handle.read(size))
            for name, info in header.items():
                if name == "__metadata__":
                    continue
                dtype = DTYPES.get(info["dtype"])
                if dtype is None:
                    raise ValueError(f"{path.name}: tensor {name} is {info['dtype']}, not bf16/fp16/fp32")
                self._entries[name] = (
                    path,
                    dtype,
                    list(info["shape"]),
                    8 + size + int(info["data_offsets"][0]),
                )

    @classmethod
    def in_folder(cls, folder: Path) -> SafetensorsFolder:
        """The folder's weight files (sharded models name them model-0000x-of-0000y.safetensors)."""
        paths = sorted(folder.glob("*.safetensors"))
        if not paths:
            raise FileNotFoundError(f"{folder} has no .safetensors files")
        return cls(paths)

    def names(self) -> list[str]:
        return list(self._entries)

    def shape(self, name: str) -> list[int]:
        return self._entry(name)[2]

    def _entry(self, name: str) -> tuple[Path, torch.dtype, list[int], int]:
        entry = self._entries.get(name)
        if entry is None:
            raise ValueError(f"the weights have no tensor {name}; is this a Gemma-3 model saved whole?")
        return entry

    def read(self, name: str, start: int = 0, stop: int | None = None) -> torch.Tensor:
        """Rows start:stop of a tensor (all of it by default) in its stored dtype, in a buffer of its own."""
        path, dtype, shape, offset = self._entry(name)
        rows = shape[0] if shape else 1
        stop = rows if stop is None else min(stop, rows)
        row = _numel(shape[1:]) * _itemsize(dtype)
        buffer = bytearray((stop - start) * row)
        with path.open("rb") as handle:
            handle.seek(offset + start * row)
            if handle.readinto(buffer) != len(buffer):
                raise ValueError(f"{path.name} is truncated (tensor {name}); download the model again")
        tensor = torch.frombuffer(buffer, dtype=dtype) if buffer else torch.empty(0, dtype=dtype)
        return tensor.view(stop - start, *shape[1:]) if shape else tensor.view(())

    def mapped(self, name: str) -> torch.Tensor:
        """A tensor backed by the file itself: reading a row costs its pages, not the whole tensor.

        Copy-on-write mapping, so torch gets a writable buffer; nothing ever writes to it.
        """
        path, dtype, shape, offset = self._entry(name)
        with path.open("rb") as handle:
            mapping = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_COPY)
        self._maps.append(mapping)
        tensor = torch.frombuffer(mapping, dtype=dtype, count=_numel(shape), offset=offset)
        return tensor.view(shape)


def _numel(shape: list[int]) -> int:
    count = 1
    for size in shape:
        count *= size
    return count


def _itemsize(dtype: torch.dtype) -> int:
    return torch.empty(0, dtype=dtype).element_size()
