"""The resources of the client, one module each (loaded on first use)."""
