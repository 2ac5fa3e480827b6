"""Officials and agency contacts (danh bạ cán bộ, thông tin giao dịch)."""
