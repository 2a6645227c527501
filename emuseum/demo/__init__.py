"""The national demo: a realistic catalogue, the same for the same seed, built through the services."""
