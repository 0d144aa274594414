"""Numbers with their unit and qualifier in each language ("about $188 million", "94 %")."""

from __future__ import annotations

from assistant.metrics.languages import TEMPLATES, UNIT_WORDS, fold, module

_CN_DIGITS = "零一二三四五六七八九"
_CN_SMALL = ("千", "百", "十", "")
_CN_BIG = ("", "万", "亿", "万亿")
_ZH_COUNTS = ("数量", "人数", "次数")


def templates(language: str) -> dict[str, str]:
    """The wording of `language`, English when unknown."""
    return TEMPLATES.get(language, TEMPLATES["en"])


def format_value(
    value: float, unit: str, qualifier: str = "", language: str = "en", name: str = ""
) -> str:
    """Render a number with its unit and qualifier ("about 22,000", "94%", "$180 million")."""
    t = templates(language)
    if unit == "usd" and abs(value) >= 1_000_000 and value % 100_000 == 0:
        big = "billion" if abs(value) >= 1_000_000_000 else "million"
        scaled = value / (1_000_000_000 if big == "billion" else 1_000_000)
        if "usd_big" in t:
            text = t["usd_big"].format(
                v=number(scaled, language), scale=big, words=chinese_numeral(int(value))
            )
        else:
            key = big
            if abs(scaled) < 2 and f"{big}_one" in t:
                key = f"{big}_one"
            elif float(scaled).is_integer() and 3 <= scaled <= 10 and f"{big}_few" in t:
                key = f"{big}_few"
            text = t["usd"].format(v=t[key].format(v=number(scaled, language)))
    elif unit in ("percent", "percent_per_year", "usd"):
        text = t[unit].format(v=number(value, language))
    else:
        text = number(value, language)
        word = unit_word(unit, language, name, value)
        if word:
            text = t.get("unit", "{v} {word}").format(v=text, word=word)
    return t[qualifier].format(v=text) if qualifier in t else text


def unit_word(unit: str, language: str, name: str = "", value: float = 0.0) -> str:
    """The word counted things take after the number, or "" when the name already says it."""
    words = UNIT_WORDS.get(language, UNIT_WORDS["en"])
    word = words.get(unit, UNIT_WORDS["en"].get(unit, unit.replace("_", " ")))
    if not word:
        return ""
    if fold(word) in fold(name):
        return ""
    singular = getattr(module(language), "UNIT_SINGULAR", {})
    if unit in singular and not (float(value).is_integer() and 3 <= value <= 10):
        return str(singular[unit])
    if language == "zh" and len(word) > 1 and (word[1:] in name or name.endswith(_ZH_COUNTS)):
        return word[0]  # "6所": the measure word alone when the name says what is counted
    return word


def number(value: float, language: str = "en") -> str:
    """Digits as the sources give them: '22,000', '91.7' (the plan summaries' convention)."""
    t = templates(language)
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}".rstrip("0").rstrip(".")
    return (
        text.replace(",", "\x00").replace(".", t["decimal_sep"]).replace("\x00", t["thousands_sep"])
    )


def chinese_numeral(n: int) -> str:
    """A whole number in Chinese numerals: 188000000 -> 一亿八千八百万."""
    if n == 0:
        return _CN_DIGITS[0]
    if n < 0:
        return "负" + chinese_numeral(-n)
    groups = []
    while n:
        groups.append(n % 10_000)
        n //= 10_000
    out = ""
    pending_zero = False
    for level in range(len(groups) - 1, -1, -1):
        group = groups[level]
        if group == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += _CN_DIGITS[0]
        out += _group(group) + _CN_BIG[level]
        pending_zero = False
    return out[1:] if out.startswith("一十") else out


def _group(group: int) -> str:
    out = ""
    zero = False
    for power, unit in zip((1000, 100, 10, 1), _CN_SMALL, strict=True):
        digit = group // power % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += _CN_DIGITS[0]
            zero = False
        out += _CN_DIGITS[digit] + unit
    return out
