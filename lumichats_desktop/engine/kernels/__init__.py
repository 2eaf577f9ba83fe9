"""Triton kernels for the CUDA decode step; importing a module here needs Triton (CUDA builds only)."""
