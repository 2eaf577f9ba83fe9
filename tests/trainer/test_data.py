"""Datasets in the forms people have, and every kind of bad row, named with file, row and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer.common.chat_format import Message
from trainer.config import TrainConfig
from trainer.data import DataError, load_conversations, split

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample_data" / "sample-conversations.jsonl"


def _write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    )
    return path


def test_sharegpt_and_messages_forms_give_the_same_conversation(tmp_path: Path) -> None:
    share = {
        "conversations": [
            {"from": "system", "value": "Be brief."},
            {"from": "human", "value": "Hi"},
            {"from": "gpt", "value": "Hello!"},
        ],
        "source": "x",
        "score": 4.5,
    }
    msgs = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello!"},
        ]
    }
    (a,), _ = load_conversations(str(_write_jsonl(tmp_path / "a.jsonl", [share])))
    (b,), _ = load_conversations(str(_write_jsonl(tmp_path / "b.jsonl", [msgs])))
    json_file = tmp_path / "c.json"
    json_file.write_text(json.dumps([msgs]))
    (c,), _ = load_conversations(str(json_file))
    assert (
        a == b == c == [Message("system", "Be brief."), Message("user", "Hi"), Message("assistant", "Hello!")]
    )


def test_parquet_files_load(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "A"}]}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "d.parquet")
    (conv,), summary = load_conversations(str(tmp_path / "d.parquet"))
    assert conv[-1] == Message("assistant", "A") and summary.kept == 1


def test_fixable_rows_are_fixed_and_counted(tmp_path: Path) -> None:
    rows = [
        {
            "conversations": [
                {"from": "gpt", "value": "I start"},
                {"from": "human", "value": " Q "},
                {"from": "gpt", "value": "A"},
                {"from": "gpt", "value": "more"},
                {"from": "human", "value": "unanswered"},
            ]
        },
    ]
    (conv,), summary = load_conversations(str(_write_jsonl(tmp_path / "f.jsonl", rows)))
    assert conv == [Message("user", "Q"), Message("assistant", "A\n\nmore")]
    assert set(summary.fixed) == {
        "reply before the first question removed",
        "whitespace around a turn stripped",
        "two turns in a row from one side merged",
        "unanswered last question removed",
    }


def test_every_bad_row_is_dropped_with_file_row_and_reason(tmp_path: Path) -> None:
    good = {"conversations": [{"from": "human", "value": "Q"}, {"from": "gpt", "value": "A"}]}
    rows = [
        good,
        "{not json",
        {"conversations": [{"from": "alien", "value": "x"}, {"from": "gpt", "value": "A"}]},
        {"conversations": [{"from": "human", "value": "  "}, {"from": "gpt", "value": "A"}]},
        {"conversations": [{"from": "human", "value": "Q"}]},
        {"text": "no turns"},
        {
            "conversations": [
                {"from": "human", "value": "Q"},
                {"from": "system", "value": "late"},
                {"from": "gpt", "value": "A"},
            ]
        },
        [1, 2],
    ]
    convs, summary = load_conversations(str(_write_jsonl(tmp_path / "bad.jsonl", rows)))
    assert len(convs) == 1 and summary.rows == 8
    reasons = set(summary.dropped)
    assert any(r.startswith("bad JSON") for r in reasons)
    assert {
        "unknown role 'alien'",
        "empty user turn",
        "no assistant turn",
        "no 'conversations' (ShareGPT) or 'messages' list",
        "a system message after the first turn",
        "not an object with 'conversations' or 'messages'",
    } <= reasons
    assert "bad.jsonl, row 2: bad JSON" in summary.text()


def test_unusable_inputs_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        load_conversations(str(tmp_path / "missing.jsonl"))
    (tmp_path / "x.csv").write_text("a,b")
    with pytest.raises(DataError, match=r"\.json, \.jsonl or \.parquet"):
        load_conversations(str(tmp_path / "x.csv"))
    (tmp_path / "broken.json").write_text("[{")
    with pytest.raises(DataError, match="ends or breaks inside this row"):
        load_conversations(str(tmp_path / "broken.json"))
    (tmp_path / "object.json").write_text("{not json")
    with pytest.raises(DataError, match="not valid JSON"):
        load_conversations(str(tmp_path / "object.json"))
    with pytest.raises(DataError, match="no usable conversation"):
        load_conversations(str(_write_jsonl(tmp_path / "none.jsonl", [{"messages": []}])))


def test_the_sample_dataset_is_clean_and_multilingual() -> None:
    convs, summary = load_conversations(str(SAMPLE))
    assert summary.kept == summary.rows == 40 and not summary.dropped
    assert any("مرحبا" in m.content for c in convs for m in c)


def test_held_out_split_is_seeded_and_disjoint() -> None:
    convs, _ = load_conversations(str(SAMPLE))
    train_a, held_a = split(convs, 0.1, 3407, 100)
    _train_b, held_b = split(convs, 0.1, 3407, 100)
    assert held_a == held_b and len(held_a) == 4 and len(train_a) == 36
    assert not any(c in train_a for c in held_a)


def test_config_from_toml_then_flags(tmp_path: Path) -> None:
    path = tmp_path / "run.toml"
    path.write_text('max_steps = 7\nlearning_rate = 1e-4\ndataset = "a.jsonl"\n')
    config = TrainConfig.load(path, {"max_steps": 9, "output": None})
    assert (config.max_steps, config.learning_rate, config.dataset, config.lora_r) == (9, 1e-4, "a.jsonl", 8)
    config.save(tmp_path / "out")
    assert TrainConfig.load(tmp_path / "out" / "train_config.toml", {}) == config
    path.write_text("max_stepz = 3\n")
    with pytest.raises(ValueError, match="Unknown config keys: max_stepz"):
        TrainConfig.load(path, {})


def test_a_json_array_cut_off_mid_row_keeps_every_whole_row(tmp_path: Path) -> None:
    # ShareGPT V3 as shipped on PyPI: one array whose last element is cut off mid-string.
    rows = [
        {
            "id": str(i),
            "conversations": [{"from": "human", "value": f"Q{i}"}, {"from": "gpt", "value": f"A{i}"}],
        }
        for i in range(3)
    ]
    whole = json.dumps(rows, indent=2)
    cut = tmp_path / "sharegpt.json"
    cut.write_text(whole[: whole.rindex('"A2"') + 2])
    convs, summary = load_conversations(str(cut))
    assert [c[-1].content for c in convs] == ["A0", "A1"]
    assert summary.rows == 3 and summary.kept == 2
    assert "sharegpt.json, row 3: the file ends or breaks inside this row" in summary.text()
