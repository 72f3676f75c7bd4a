"""The fake's domain layer, moto's way: per-area state changes and queries on a
``StoreState``, with no HTTP. Handlers in ``api/`` parse a request, call in here and render
the answer; seeds and knobs use the same functions."""
