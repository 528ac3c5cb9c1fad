"""Names a package imports on first use (PEP 562), shared by the packages that defer heavy imports.

``python -m analysis`` and the corpus driver import ``analysis`` and ``analysis.readability`` before they
start worker processes; pandas and textstat behind the tables are half a second they should not wait for. A
package lists ``{name: submodule}`` and takes its ``__getattr__`` and ``__dir__`` from :func:`lazy_names`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_names(
    package: str, names: dict[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``: each name of ``names`` is imported from its submodule
    on first use and kept in ``namespace`` (the package's globals), so the next lookup is an ordinary one."""

    def getattr_(name: str) -> Any:
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", package), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted({*namespace, *names})

    return getattr_, dir_
