"""Development tools the build, tests and benchmarks use, kept out of the importable package.

``python -m tools.browser`` drives headless Chromium (the README's screenshots, the browser test);
``python -m tools.build_syllable_rules`` rebuilds ``analysis/data/readability/syllable_rules.tsv`` from
CMUdict. The hedging model's trainer is still ``analysis/hedging/train.py`` (being edited elsewhere).
"""
