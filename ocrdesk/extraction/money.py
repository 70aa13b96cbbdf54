"""An invoice's total in capital Chinese numerals (价税合计大写), derived from its figures.

Invoices print the total twice: in figures (小写) and in capital numerals (大写). Blur and low
resolution garble the dense capitals (壹 read as 查, 佰 as 值) long before the figures, so when the
figures are confirmed by the amount and the tax beside them (amount + tax = total), the capitals
are written from them and the reading is kept only as the note of what was read.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("仟", "佰", "拾", "")


def in_words(amount: Decimal) -> str:
    """Capital numerals as invoices print them: 1308.63 → 壹仟叁佰零捌圆陆角叁分, 200 → 贰佰圆整."""
    cents = int((abs(amount) * 100).to_integral_value(ROUND_HALF_UP))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    out = ""
    zero_pending = False
    for group, unit in ((yuan // 100_000_000, "亿"), (yuan // 10_000 % 10_000, "万"), (yuan % 10_000, "")):
        if group == 0:
            zero_pending = bool(out)
            continue
        for place, digit in enumerate(f"{group:04d}"):
            if digit == "0":
                zero_pending = bool(out)
                continue
            if zero_pending:
                out += "零"
                zero_pending = False
            out += DIGITS[int(digit)] + PLACES[place]
        out += unit
    out = (out or "零") + "圆"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += DIGITS[jiao] + "角"
    elif yuan:
        out += "零"  # 壹圆零伍分: the missing 角 is spoken as a zero
    return out + (DIGITS[fen] + "分" if fen else "整")


def amount(text: str | None) -> Decimal | None:
    """The figures of a money field (2150.63), or None when they are not an amount."""
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def total_confirmed(amount_text: str | None, tax_text: str | None, total_text: str | None) -> Decimal | None:
    """The total when amount + tax equals it to the cent (three readings agree), else None."""
    net, tax, total = amount(amount_text), amount(tax_text), amount(total_text)
    if net is None or tax is None or total is None:
        return None
    return total if net + tax == total else None
