"""Development tools the build, tests and benchmarks use, kept out of the importable package.

``python -m tools.browser`` drives headless Chromium (the README's screenshots, the browser test);
``python -m tools.build_syllable_rules`` rebuilds ``analysis/data/readability/syllable_rules.tsv`` from
CMUdict; ``tools/train_attribution.py`` and ``python -m tools.train_hedging`` retrain the attribution tagger
and the hedging sentence model (``make train`` runs both).
"""
