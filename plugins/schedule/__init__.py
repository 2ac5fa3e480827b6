"""Leaders' weekly work schedule (lịch công tác của lãnh đạo)."""
