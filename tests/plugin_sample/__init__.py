"""A small plugin that lives in the test suite and proves the plugin contract."""
