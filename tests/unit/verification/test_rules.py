"""Issue 15's rules without a window: blind double entry, a second engine's agreement, auto-confirm
with sampling, the review record, and accuracy statistics from exports."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from ocrdesk.model import Agreement, DocStatus, Document, DocumentWarning, Field, ImageInfo, ReviewMethod, ReviewRecord
from ocrdesk.validation import validate_document
from ocrdesk.verification import compare, double_entry
from ocrdesk.verification.auto_confirm import (
    REASON_AGREEMENT,
    REASON_CONFIDENCE,
    REASON_INVALID,
    REASON_SAMPLED,
    REASON_WARNING,
    AutoConfirmRule,
    auto_confirm,
    decide,
    sample_point,
    skipped_in_review,
)
from ocrdesk.verification.records import confirm, operator_method
from ocrdesk.verification.stats import collect, load_documents, report

ID = "11010519491231002X"
NOW = datetime(2026, 12, 5, 8, 10, tzinfo=UTC)


def _card(index: int = 0, confidence: float = 0.99, id_number: str = ID) -> Document:
    return Document(
        source=f"cards/{index}.jpg",
        image=ImageInfo(640, 400, f"{index:064x}"),
        provider="local",
        doc_type="idcard_front",
        status=DocStatus.OK,
        fields=[
            Field("name", "姓名", "张三", confidence=confidence),
            Field("id_number", "公民身份号码", id_number, confidence=confidence),
        ],
    )


# -- double entry ---------------------------------------------------------------------------------
def test_blind_keys_default_to_id_and_card_numbers_and_follow_the_settings() -> None:
    assert double_entry.blind_keys("idcard_front") == {"id_number", "card_number"}
    assert double_entry.blind_keys("bank_card", {"bank_card": ["card_number", "valid_date"]}) == {
        "card_number",
        "valid_date",
    }
    assert double_entry.blind_keys("idcard_front", {"idcard_front": []}) == frozenset()


def test_a_typing_equal_to_the_machine_confirms_at_once() -> None:
    entry = double_entry.BlindEntry.of(Field("id_number", "号", ID))
    assert entry.enter("11010519491231002x ") is double_entry.Outcome.CONFIRMED
    assert entry.value == ID


def test_a_mismatch_asks_a_second_typing_that_decides() -> None:
    wrong_machine = double_entry.BlindEntry.of(Field("id_number", "号", "11010519491231002X"))
    assert wrong_machine.enter("110105194912310021") is double_entry.Outcome.RETYPE
    assert not wrong_machine.done
    assert wrong_machine.enter("110105194912310021") is double_entry.Outcome.DECIDED
    assert wrong_machine.value == "110105194912310021"

    slip = double_entry.BlindEntry.of(Field("id_number", "号", ID))
    assert slip.enter("11010519491231003X") is double_entry.Outcome.RETYPE
    assert slip.enter(ID) is double_entry.Outcome.DECIDED
    assert slip.value == ID

    unsure = double_entry.BlindEntry.of(Field("id_number", "号", ID))
    assert unsure.enter("1") is double_entry.Outcome.RETYPE
    assert unsure.enter("2") is double_entry.Outcome.RETYPE  # neither: type again
    assert unsure.enter("2") is double_entry.Outcome.DECIDED and unsure.value == "2"


def test_the_rule_repair_is_the_machine_value_typed_against() -> None:
    item = Field("id_number", "号", "11010519491231002Z", corrected_value=ID)
    assert double_entry.BlindEntry.of(item).enter(ID) is double_entry.Outcome.CONFIRMED


# -- a second engine ------------------------------------------------------------------------------
def test_cross_check_marks_agreement_and_disagreement() -> None:
    document = _card()
    second = [Field("name", "姓名", "张 三"), Field("id_number", "号", "110105194912310021")]
    disagreeing = compare.cross_check(document, second, "tencent-cloud")
    assert [item.key for item in disagreeing] == ["id_number"]
    name, number = document.fields
    assert name.agreement == Agreement("tencent-cloud", "张 三", True)
    assert number.agreement == Agreement("tencent-cloud", "110105194912310021", False)
    assert compare.taken(number, compare.Take.SECOND) == "110105194912310021"
    assert compare.taken(number, compare.Take.FIRST) == ID
    assert compare.verified(name) and not compare.verified(number)
    assert compare.second_provider(document) == "tencent-cloud"


def test_empty_readings_never_agree_and_missing_fields_are_not_compared() -> None:
    document = _card()
    document.fields[0].ocr_value = document.fields[0].value = ""
    compare.cross_check(document, [Field("name", "姓名", "")], "other")
    assert document.fields[0].agreement is not None and not document.fields[0].agreement.agrees
    assert document.fields[1].agreement is None


# -- auto-confirm ---------------------------------------------------------------------------------
def test_a_clean_card_confirms_itself_and_records_auto() -> None:
    document = _card()
    rule = AutoConfirmRule(enabled=True, threshold=0.9)
    confirmed, sampled = auto_confirm([document], rule, validate_document, now=NOW)
    assert confirmed == [document] and sampled == []
    assert document.status is DocStatus.REVIEWED
    assert document.review == ReviewRecord(ReviewMethod.AUTO, "2026-12-05T08:10:00Z")
    assert skipped_in_review(document)


def test_auto_confirm_is_off_unless_enabled() -> None:
    document = _card()
    assert auto_confirm([document], AutoConfirmRule(), validate_document) == ([], [])
    assert document.status is DocStatus.OK


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: setattr(d.fields[1], "value", "123"), REASON_INVALID),
        (lambda d: setattr(d.fields[0], "confidence", 0.5), REASON_CONFIDENCE),
        (lambda d: setattr(d.fields[0], "confidence", None), REASON_CONFIDENCE),
        (lambda d: d.warnings.append(DocumentWarning("copy", "copy", "复印件")), REASON_WARNING),
    ],
)
def test_each_rule_keeps_a_document_for_the_operator(change: object, reason: str) -> None:
    document = _card()
    change(document)  # type: ignore[operator]
    decision = decide(document, validate_document(document), AutoConfirmRule(enabled=True, threshold=0.9))
    assert not decision.eligible and reason in decision.reasons


def test_threshold_per_type_and_required_agreement() -> None:
    document = _card(confidence=0.93)
    rule = AutoConfirmRule(enabled=True, threshold=0.9, thresholds={"idcard_front": 0.95})
    assert REASON_CONFIDENCE in decide(document, {}, rule).reasons
    strict = AutoConfirmRule(enabled=True, threshold=0.9, require_agreement=True)
    assert REASON_AGREEMENT in decide(document, {}, strict).reasons
    compare.cross_check(document, [Field("name", "", "张三"), Field("id_number", "", ID)], "other")
    assert decide(document, {}, strict).confirms


def test_sampling_sends_a_stable_share_to_an_operator() -> None:
    cards = [_card(i) for i in range(400)]
    rule = AutoConfirmRule(enabled=True, threshold=0.9, sample_rate=0.1)
    decisions = [decide(card, {}, rule) for card in cards]
    sampled = [d for d in decisions if d.sampled]
    assert 20 <= len(sampled) <= 60  # about a tenth of 400
    assert all(d.reasons == (REASON_SAMPLED,) and not d.confirms for d in sampled)
    assert [decide(card, {}, rule).sampled for card in cards] == [d.sampled for d in decisions]
    assert all(0.0 <= sample_point(card) < 1.0 for card in cards)


# -- review records -------------------------------------------------------------------------------
def test_double_entry_method_and_a_second_confirm_remembers_auto() -> None:
    document = _card()
    assert operator_method(document, {"id_number"}, {"id_number"}) is ReviewMethod.DOUBLE_ENTRY
    assert operator_method(document, {"id_number"}, set()) is ReviewMethod.OPERATOR
    assert operator_method(document, {"card_number"}, set()) is ReviewMethod.OPERATOR
    confirm(document, ReviewMethod.AUTO, now=NOW)
    record = confirm(document, ReviewMethod.OPERATOR, now=NOW, seconds=12.34)
    assert record.previous_method is ReviewMethod.AUTO and record.seconds == 12.34
    data = json.loads(json.dumps(document.to_dict()))
    assert data["review"] == {
        "method": "operator",
        "at": "2026-12-05T08:10:00Z",
        "seconds": 12.3,
        "second_provider": None,
        "sampled": False,
        "previous_method": "auto",
    }
    assert Document.from_dict(data).review == ReviewRecord(
        ReviewMethod.OPERATOR, "2026-12-05T08:10:00Z", 12.3, None, False, ReviewMethod.AUTO
    )


def test_old_results_read_without_review_or_agreement() -> None:
    data = _card().to_dict()
    del data["review"]
    for item in data["fields"]:
        del item["agreement"]
    restored = Document.from_dict(data)
    assert restored.review is None and all(item.agreement is None for item in restored.fields)


# -- statistics -----------------------------------------------------------------------------------
def _reviewed_batch() -> list[Document]:
    right = _card(1)
    confirm(right, ReviewMethod.AUTO, now=NOW)
    changed = _card(2, id_number="11010519491231003X")
    compare.cross_check(changed, [Field("name", "", "张三"), Field("id_number", "", ID)], "tencent-cloud")
    changed.fields[1].value = ID  # the operator took the second engine's value
    confirm(changed, ReviewMethod.DOUBLE_ENTRY, now=NOW, seconds=20.0)
    later = _card(3)
    confirm(later, ReviewMethod.AUTO, now=NOW)
    later.fields[0].value = "李四"
    confirm(later, ReviewMethod.OPERATOR, now=NOW, seconds=10.0)
    return [right, changed, later, _card(4)]


def test_statistics_per_field_engine_and_document_type() -> None:
    stats = collect(_reviewed_batch())
    name = stats.fields[("local", "idcard_front", "name")]
    number = stats.fields[("local", "idcard_front", "id_number")]
    assert (name.count, name.right, name.changed) == (3, 2, 1)
    assert (number.count, number.right, number.changed) == (3, 2, 1)
    second = stats.second[("tencent-cloud", "idcard_front", "id_number")]
    assert (second.count, second.right) == (1, 1)
    documents = stats.documents[("local", "idcard_front")]
    assert documents.documents == 3
    assert documents.methods == {"auto": 1, "double_entry": 1, "operator": 1}
    assert documents.mean_seconds == 15.0
    assert documents.auto_changed == 1
    assert stats.skipped == 1


def test_statistics_from_files_and_the_printed_table(tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    export.write_text(
        json.dumps({"format": "ocrdesk.result/1", "documents": [d.to_dict() for d in _reviewed_batch()]}),
        encoding="utf-8",
    )
    documents = load_documents(export)
    text = report(collect(documents))
    assert "id_number" in text and " 66.7%" in text and "auto 1" in text
    assert "not confirmed (not counted): 1" in text
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.json"):
        load_documents(broken)


# -- preferences ----------------------------------------------------------------------------------
def test_preferences_give_the_blind_keys_and_the_rule() -> None:
    from ocrdesk import preferences as p
    from ocrdesk.verification.settings import auto_confirm_rule, blind_keys

    values: dict[tuple[str, str], object] = {}

    def get(preference: p.Preference[Any], name: str = "") -> Any:
        return values.get((preference.key, name), preference.default)

    assert blind_keys(get, "idcard_front") == frozenset()  # double entry is off by default
    values[(p.DOUBLE_ENTRY.key, "")] = True
    assert blind_keys(get, "idcard_front") == {"id_number", "card_number"}
    values[(p.BLIND_FIELDS.key, "bank_card")] = "card_number, valid_date"
    assert blind_keys(get, "bank_card") == {"card_number", "valid_date"}

    assert auto_confirm_rule(get, "idcard_front") == AutoConfirmRule(False, 0.95, {}, False, 0.05)
    values[(p.AUTO_CONFIRM.key, "")] = True
    values[(p.AUTO_CONFIRM_TYPE_THRESHOLD.key, "bank_card")] = 98
    rule = auto_confirm_rule(get, "bank_card")
    assert rule.enabled and rule.threshold_for("bank_card") == 0.98
