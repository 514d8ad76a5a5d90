"""Files: atomic writes, safe reading, locks and claims, YAML, settings, background writes."""
