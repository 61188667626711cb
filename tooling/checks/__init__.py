"""The checks behind `policy check`: parity, numbering soundness, translation freshness."""
