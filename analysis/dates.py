"""Dates written in article text ("Jan. 30", "Monday, Jan. 30", "January 29, 2023", "February 2022").

Only dates with a month name are read: bare numbers are too ambiguous. The value is ``YYYY-MM-DD``,
``YYYY-MM`` or, without a year, ``--MM-DD`` (the ISO 8601 form for a day in an unknown year).

Dates are found on request (``find_dates(article.text)``), not by the parser: most corpus runs never
ask for them, and the document model (:mod:`analysis.model`) does not depend on this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Span


@dataclass(slots=True, unsafe_hash=True)
class DateMention(Span):
    """A date written in the text ("Jan. 30", "January 29, 2023"), with what it says in ISO-like form."""

    value: str = ""


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_DATE = re.compile(
    r"\b" + _MONTH + r"\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:1[89]|20)\d{2})\b)?"
    r"|(?P<year_only>(?:1[89]|20)\d{2})\b)"
    r"|\b(?P<day2>\d{1,2})\s+" + _MONTH.replace("month", "month2") + r"(?:\s+(?P<year2>(?:1[89]|20)\d{2})\b)?"
)


def find_dates(text: str) -> list[DateMention]:
    """Every month-named date in ``text``, in text order."""
    out: list[DateMention] = []
    for m in _DATE.finditer(text):
        month_name = (m.group("month") or m.group("month2")).rstrip(".").lower()
        month = _MONTHS[month_name]
        day = m.group("day") or m.group("day2")
        year = m.group("year") or m.group("year2") or m.group("year_only")
        if day is not None and not 1 <= int(day) <= 31:
            continue
        if month_name == "may" and day is None and m.group("year_only") is None:
            continue
        if day is None:
            value = f"{year}-{month:02d}"
        elif year is None:
            value = f"--{month:02d}-{int(day):02d}"
        else:
            value = f"{year}-{month:02d}-{int(day):02d}"
        out.append(DateMention(m.start(), m.end(), value))
    return out
