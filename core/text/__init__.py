"""Pure-Python Vietnamese text tools: folding and slugs (``vietnamese``), legacy
TCVN3/VNI detection and conversion (``legacy``), document numbers and citations
(``citations``). No Django imports, so they run anywhere."""
