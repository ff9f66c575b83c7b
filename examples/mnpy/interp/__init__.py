"""mnpy interpreter package."""
