# Replaces pyinstaller-hooks-contrib's hook-bitsandbytes (user hooks take priority), which collects the native
# library for every CUDA, ROCm and XPU version. Collecting only those the bundled torch can load keeps the
# others out of the dependency scan too: it would otherwise copy the build machine's CUDA runtime
# (libcudart.so.13 from /usr/local/cuda) into a CPU bundle and warn about every ROCm/oneAPI library.
import importlib.util
import os
import sys
from pathlib import Path

from PyInstaller.utils.hooks import collect_dynamic_libs

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bundle_trim import bitsandbytes_rules, keep_collected, torch_build

_torch = torch_build(Path(importlib.util.find_spec("torch").origin).parent / "version.py")
binaries = keep_collected(collect_dynamic_libs("bitsandbytes"), bitsandbytes_rules(_torch))

module_collection_mode = "pyz+py"
