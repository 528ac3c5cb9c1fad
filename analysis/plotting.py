"""Shared, reproducible matplotlib defaults for the notebooks.

Call :func:`setup` once near the top of every notebook::

    from analysis import plotting
    plotting.setup()

It applies a style that still reads when printed in grey scale (colours of increasing
lightness paired with distinct line styles and markers), fixes the resolution at 100 dpi and
the font at matplotlib's bundled DejaVu Sans, and - inside a Jupyter kernel - switches to the
inline backend and strips the version- and time-dependent metadata that matplotlib writes into
PNG/SVG images, so that re-executing a notebook reproduces its figures byte for byte.
"""

from __future__ import annotations

from typing import Any, Literal

import matplotlib as mpl
from cycler import cycler

INLINE_BACKEND = "module://matplotlib_inline.backend_inline"
DPI = 100
SVG_HASHSALT = "analysis"

# Samples of viridis at increasing lightness: distinguishable in colour and in grey scale.
COLORS = ("#440154", "#31678e", "#26ad81", "#b0dd2f")
LINESTYLES = ("-", "--", "-.", ":")
MARKERS = ("o", "s", "^", "D")

RC: dict[str, Any] = {
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.figsize": (6.4, 4.0),
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.prop_cycle": cycler(color=COLORS) + cycler(linestyle=LINESTYLES) + cycler(marker=MARKERS),
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "grid.color": "#d9d9d9",
    "grid.linewidth": 0.6,
    "lines.linewidth": 1.6,
    "lines.markersize": 4,
    "hatch.color": "black",
    "image.cmap": "viridis",
    "legend.frameon": False,
    # SVG: fixed salt for generated ids, glyphs as paths (no dependence on installed fonts).
    "svg.hashsalt": SVG_HASHSALT,
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
}

# Extra arguments for the inline backend's ``fig.canvas.print_figure`` per figure format.
# ``None`` removes the metadata entry matplotlib would otherwise add (its version, a date).
PRINT_FIGURE_KWARGS: dict[str, dict[str, Any]] = {
    "png": {"bbox_inches": "tight", "metadata": {"Software": None}},
    "svg": {"bbox_inches": "tight", "metadata": {"Date": None, "Creator": None}},
}


def setup(fmt: Literal["png", "svg"] = "png") -> None:
    """Apply the project's plotting defaults; inside a Jupyter kernel also configure inline output.

    ``fmt`` selects the single figure format the inline backend emits.  Safe to call repeatedly.
    """
    if fmt not in PRINT_FIGURE_KWARGS:
        raise ValueError(f"fmt must be one of {sorted(PRINT_FIGURE_KWARGS)}, not {fmt!r}")
    shell = _kernel_shell()
    if shell is not None:
        # Show figures inline even when the kernel inherited MPLBACKEND=Agg (as under `make test`).
        shell.run_line_magic("matplotlib", "inline")
        from matplotlib_inline.config import InlineBackend

        config = InlineBackend.instance(parent=shell)
        config.figure_formats = {fmt}
        config.print_figure_kwargs = PRINT_FIGURE_KWARGS[fmt]
    mpl.rcParams.update(RC)


def _kernel_shell() -> Any | None:
    """Return the IPython shell when running inside a Jupyter kernel, else ``None``."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is installed with ipykernel
        return None
    shell = get_ipython()
    if shell is None or not hasattr(shell, "kernel"):
        return None
    return shell
