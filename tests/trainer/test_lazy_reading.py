"""Reading conversation files row by row: a preview reads only the rows it shows, whatever the format,
so a huge file (or one broken further down) previews at once; a full read still finds every row."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import trainer.common.conversations as conversations
from trainer.common.conversations import DataError, preview, read_conversations


def _row(i: int) -> dict[str, object]:
    return {
        "conversations": [
            {"from": "human", "value": f"Question {i}?"},
            {"from": "gpt", "value": f"Answer {i}."},
        ]
    }


def test_a_json_array_broken_after_the_first_rows_still_previews(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    good = ",\n".join(json.dumps(_row(i)) for i in range(300))
    path.write_text(f'[{good},\n{{"conversations": [oops', encoding="utf-8")
    shown, summary = preview(str(path), 200)
    assert len(shown) == 200 and summary.rows == 200 and not summary.dropped  # the break was never read
    everything, full = read_conversations(path)
    assert len(everything) == 300
    assert full.dropped_rows[0].row == 301 and "breaks inside this row" in full.dropped_rows[0].reason


def test_json_rows_across_chunk_boundaries_read_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [_row(i) for i in range(50)] + [
        {"messages": [{"role": "user", "content": "ü" * 300}, {"role": "assistant", "content": "日本"}]}
    ]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    monkeypatch.setattr(conversations, "JSON_CHUNK", 64)  # rows span many chunks
    read, summary = read_conversations(path)
    assert summary.rows == 51 and len(read) == 51 and not summary.dropped
    assert read[-1][-1].content == "日本" and read[-1][0].content == "ü" * 300


def test_jsonl_broken_further_down_previews_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    lines = [json.dumps(_row(i)) for i in range(200)] + ["{not json"] * 50
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe broken bytes\n")
    shown, summary = preview(str(path), 200)
    assert len(shown) == 200 and not summary.dropped
    everything, full = read_conversations(path)
    assert (
        len(everything) == 200
        and full.dropped["bad JSON (Expecting property name enclosed in double quotes)"] == 50
    )
    assert full.dropped_rows[-1].text() == "big.jsonl, row 251: not UTF-8 text (byte 1 of the line)"


def test_parquet_preview_reads_only_the_first_row_group(tmp_path: Path) -> None:
    path = tmp_path / "big.parquet"
    pq.write_table(
        pa.Table.from_pylist([_row(i) for i in range(1000)]), path, row_group_size=250, compression="none"
    )
    data = pq.ParquetFile(path).metadata.row_group(2)
    start = min(data.column(i).data_page_offset for i in range(data.num_columns))
    end = max(
        data.column(i).data_page_offset + data.column(i).total_compressed_size
        for i in range(data.num_columns)
    )
    raw = bytearray(path.read_bytes())
    raw[start:end] = b"\xff" * (end - start)  # the third row group is garbage
    path.write_bytes(bytes(raw))
    shown, _ = preview(str(path), 200)
    assert len(shown) == 200 and shown[0][0].content == "Question 0?"
    with pytest.raises(OSError):
        read_conversations(path)  # reading it all does reach the damage


def test_preview_of_a_missing_or_useless_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        preview(str(tmp_path / "nope.jsonl"), 200)
    useless = tmp_path / "useless.jsonl"
    useless.write_text('{"a": 1}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"no usable conversation(.|\n)*row 1: no 'conversations'"):
        preview(str(useless), 200)
