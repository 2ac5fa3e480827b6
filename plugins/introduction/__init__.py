"""Introduction section: organisation chart, leaders, topics, administrative map."""
