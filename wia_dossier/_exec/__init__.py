"""Wrappers around external programs, one module per program: find it, ask its version, run it."""
