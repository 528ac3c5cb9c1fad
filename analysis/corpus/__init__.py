"""Corpus runs: every analysis over thousands of articles, as tidy Parquet tables.

:mod:`.inputs` reads JSONL, CSV, folders and globs record by record; :mod:`.rows` turns one analysed article
into rows of the tables (articles, sentences, attributions, sources, hedges, errors); :mod:`.runner` cuts the
corpus into partitions and runs them in this process, in local worker processes or on Dask
(``python -m analysis corpus``, :func:`run`).
"""

from .inputs import CorpusInputError, CsvColumns
from .rows import SCHEMAS, TABLES
from .runner import CorpusError, Options, Summary, run

__all__ = ["SCHEMAS", "TABLES", "CorpusError", "CorpusInputError", "CsvColumns", "Options", "Summary", "run"]
