"""The fake's domain layer (moto's shape): per-area state and operations on a store, no
HTTP. Handlers in ``testing/api/`` parse a request, call one operation here, render."""
