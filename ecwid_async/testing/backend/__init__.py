"""The fake's backend layer, moto's way: the state of each API area and its domain
operations (create an order, search customers, issue a tax invoice...), with no HTTP.

Handlers in ``testing/api/`` only parse a request, call one of these functions and render
the answer; seeds and ``FakeEcwid`` knobs call the same functions, so every road into a
store goes through one domain code. Functions take a ``StoreState`` and plain values
(a query mapping, a JSON body) and raise ``FakeApiError`` (``testing.errors``) for what
Ecwid refuses.
"""
