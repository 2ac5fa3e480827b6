"""Provisioning: site definitions (data) → tenants, domains, pages (DESIGN §2, §4)."""
