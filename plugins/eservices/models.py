"""No tenant tables: the catalogue is shared (plugins.eservices_shared)."""
