"""Scoring of benchmarks/bench_fields.py (tests/docgen/scoring.py): exact match after trivial normalisation."""

from __future__ import annotations

from tests.docgen.scoring import normalize_value, score_document, tally_by

TRUTH = {"card_number": "6222021234567890", "bank_name": "中国工商银行", "card_type": "借记卡"}
ENTRY: dict[str, object] = {"doc_type": "bank_card", "condition": "glare", "fields": TRUTH}


def test_normalisation_is_width_and_whitespace_only() -> None:
    assert normalize_value(" ６２２２ ０２１２\u3000") == "62220212"
    assert normalize_value("2015.03.12-长期") == "2015.03.12-长期"
    assert normalize_value(None) == ""
    # no case folding, no look-alike mapping, no date re-formatting
    assert normalize_value("x") != normalize_value("X")
    assert normalize_value("O") != normalize_value("0")
    assert normalize_value("1990-03-15") != normalize_value("1990年3月15日")


def test_exact_match_per_field_and_fully_right() -> None:
    read = {"card_number": "6222 0212 3456 7890", "bank_name": "中国工商银行", "card_type": "借记卡", "valid_date": ""}
    score = score_document("bank_card/000_glare.jpg", ENTRY, read)
    assert score.right == {"card_number": True, "bank_name": True, "card_type": True}
    assert score.fully_right


def test_a_misread_a_missing_field_and_an_invented_one_count() -> None:
    read = {"card_number": "6222021234567891", "bank_name": "中国工商银行", "valid_date": "09/28"}
    score = score_document("bank_card/000_glare.jpg", ENTRY, read)
    assert score.right == {"card_number": False, "bank_name": True, "card_type": False}
    assert score.spurious == ["valid_date"]
    assert not score.fully_right


def test_an_unsupported_type_scores_zero_and_tallies_group() -> None:
    failed = score_document("bank_card/001_scan.jpg", {**ENTRY, "condition": "scan"}, None, "unsupported type")
    right = score_document("bank_card/000_glare.jpg", ENTRY, dict(TRUTH))
    assert not any(failed.right.values()) and not failed.fully_right
    overall = tally_by([failed, right], "overall")["overall"]
    assert (overall.fields_right, overall.fields, overall.documents_right, overall.documents) == (3, 6, 1, 2)
    assert overall.unsupported == 1
    assert tally_by([failed, right], "condition")["scan"].field_rate == 0.0
    per_field = tally_by([failed, right], "field")
    assert per_field["bank_card.card_number"].fields_right == 1
    assert per_field["bank_card.card_number"].fields == 2
