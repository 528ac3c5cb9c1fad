"""The article report: key findings, tables, charts, the annotated article, methods, and the index.

``notebooks/article-report.ipynb`` is the template that ``make report`` executes once per article in the
seeds folder (:mod:`analysis.reporting` injects the article id), exporting ``reports/<article-id>.html``;
:mod:`analysis.report.index` writes ``reports/index.html``. Modules:

- :mod:`.collect`: runs the analyzers once per article (:class:`ArticleReport`);
- :mod:`.layers` and :mod:`.annotate`: the analyzers' spans as highlights, and the article as escaped HTML;
- :mod:`.findings`: generated sentences, every number tied to its table;
- :mod:`.charts`, :mod:`.page`, :mod:`.methods`, :mod:`.index`: the rest of the page;
- :mod:`.browser`: headless Chromium over the DevTools pipe, for the browser test and screenshots.
"""

from .collect import ArticleReport, build

__all__ = ["ArticleReport", "build"]
