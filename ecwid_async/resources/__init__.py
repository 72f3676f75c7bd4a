"""One module per API area; each method builds a Call or a Paginator (no aiohttp here)."""
