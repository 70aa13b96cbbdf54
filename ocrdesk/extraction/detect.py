"""Which document a page is, from the words printed on it (titles and labels), with a certainty."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ocrdesk.doctypes import DocType
from ocrdesk.extraction import vocab
from ocrdesk.extraction.anchors import compact
from ocrdesk.extraction.lines import TextLine
from ocrdesk.validation.checks import check_bank_card

# (printed word, weight): titles weigh most, labels that only this type prints next, shared labels least.
KEYWORDS: dict[DocType, tuple[tuple[str, float], ...]] = {
    DocType.IDCARD_FRONT: (
        ("公民身份号码", 3.0),
        ("公民身份号", 2.5),
        ("身份号码", 2.0),
        ("民族", 1.5),
        ("住址", 1.5),
        ("出生", 1.0),
        ("性别", 0.5),
        ("姓名", 0.5),
    ),
    DocType.IDCARD_BACK: (
        ("居民身份证", 2.0),
        ("签发机关", 3.0),
        ("有效期限", 2.0),
        ("中华人民共和国", 0.5),
    ),
    DocType.BUSINESS_LICENSE: (
        ("营业执照", 3.0),
        ("统一社会信用代码", 3.0),
        ("法定代表人", 2.0),
        ("经营范围", 2.0),
        ("注册资本", 1.5),
        ("成立日期", 1.5),
        ("营业期限", 1.5),
        ("登记机关", 1.0),
        ("住所", 0.5),
    ),
    DocType.DRIVER_LICENSE: (
        ("驾驶证", 3.0),
        ("准驾车型", 3.0),
        ("初次领证日期", 2.0),
        ("国籍", 1.0),
        ("有效期限", 0.5),
    ),
    DocType.VEHICLE_LICENSE: (
        ("行驶证", 3.0),
        ("品牌型号", 2.5),
        ("车辆识别代号", 2.5),
        ("发动机号码", 2.0),
        ("使用性质", 2.0),
        ("注册日期", 1.0),
        ("号牌号码", 1.5),
        ("车辆类型", 1.5),
        ("所有人", 1.0),
    ),
    DocType.VAT_INVOICE: (
        ("发票", 2.0),
        ("增值税", 2.0),
        ("价税合计", 3.0),
        ("纳税人识别号", 2.0),
        ("开票日期", 2.0),
        ("发票代码", 2.0),
        ("发票号码", 2.0),
        ("购买方", 1.5),
        ("销售方", 1.5),
        ("校验码", 1.0),
    ),
}
# Where the score of the best type reaches this, the decision is certain (certainty 1.0).
SURE_SCORE = 5.0
_DIGITS = re.compile(r"\d{13,19}")


def detect_doc_type(lines: Sequence[TextLine]) -> tuple[DocType | None, float]:
    """The type whose printed words are found best, and a certainty 0..1; (None, 0.0) when nothing fits."""
    texts = [compact(line.text) for line in lines]
    joined = "\n".join(texts)
    scores = {doc_type: _score(joined, words) for doc_type, words in KEYWORDS.items()}
    scores[DocType.BANK_CARD] = _bank_card_score(texts)
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    (best, top), (_second, runner_up) = ranked[0], ranked[1]
    if top <= 0:
        return None, 0.0
    # certainty grows with evidence and with the margin over the next best type
    evidence = min(1.0, top / SURE_SCORE)
    margin = (top - runner_up) / top
    return best, round(evidence * (0.5 + 0.5 * margin), 3)


def _score(joined: str, words: tuple[tuple[str, float], ...]) -> float:
    score = 0.0
    covered: list[str] = []
    for word, weight in sorted(words, key=lambda item: -len(item[0])):
        # a shorter word inside a longer one already counted (身份号码 in 公民身份号码) adds nothing
        if word in joined and not any(word in longer for longer in covered):
            score += weight
            covered.append(word)
    return score


def _bank_card_score(texts: list[str]) -> float:
    score = 0.0
    digits = [re.sub(r"[^\d]", "", t) for t in texts]
    runs = [d for d in digits if 16 <= len(d) <= 19 and _DIGITS.fullmatch(d)]
    if any(not check_bank_card(run) for run in runs):
        score += 3.0
    elif runs:
        score += 1.0
    joined = "".join(texts)
    if any(bank in joined for bank in vocab.BANKS) or "银行" in joined:
        score += 2.0
    if "UnionPay" in joined or "银联" in joined or "VALIDTHRU" in joined.upper():
        score += 1.0
    return score
