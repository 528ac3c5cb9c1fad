"""How much of one article a report page draws, so that a page stays small and quick whatever the input.

The numbers of a report (scores, counts, shares, the tables' totals) always cover the whole article; only
what is *drawn* is bounded, and every page that leaves something out says so, how much, and where to find
the rest. The bounds sit far above a news article (the longest of the 295 Wikinews articles has about
100,000 characters and 1,000 sentences; a long feature about 40,000 characters), so on ordinary articles
nothing changes. They matter when a user's folder holds a book-length text (issue 11: a 4.9 MB article made
a 14.6 MB overview page and a report that took four minutes, most of it drawing 50,000 bars).
"""

from __future__ import annotations

#: Characters of the original text the annotated article shows (cut at a sentence end); the annotated HTML
#: is about ten times the text, so this keeps that section under about 0.6 MB.
ANNOTATED_CHARS = 60_000

#: Marks (sources, cues, attributed words, hedging cues) the annotated article draws at most: it stops before
#: the first mark past this many, as it stops at :data:`ANNOTATED_CHARS`. A news article has a few hundred;
#: a text of thousands of nested attributions would otherwise be a page of many megabytes.
ANNOTATED_MARKS = 4_000

#: Sentences drawn one bar each in the readability chart; a longer article gets one bar per block of
#: consecutive sentences (their mean grade), at most this many bars.
SENTENCE_BARS = 150

#: Sources drawn in the sources chart (those with the most attributions); the table lists them all.
CHART_SOURCES = 30

#: An article longer than this is "long": the overview notebooks (02-04) show its numbers from the seeds
#: tables and link to its own report instead of analysing and drawing it again, and the report template's
#: default run never picks it.
LONG_ARTICLE_CHARS = 300_000

#: Rows per article in an overview notebook's per-article listing (attributions, cues, sentences).
OVERVIEW_ROWS = 60

#: Marks named on one piece of the annotated text (its ``data-h`` ids and hover text): the innermost ones.
#: A run-on sentence of nested attributions ("He said that he said that ...", 7,700 deep) would otherwise
#: name every enclosing attribution on every piece, a page that grows with the square of the sentence.
SEGMENT_MARKS = 6
