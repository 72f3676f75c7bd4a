"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""

from ecwid_async.sync import EcwidClient

with EcwidClient() as ecwid:
    stats = ecwid.profile.latest_stats()
    print("products updated", stats.products_updated)
    for customer in ecwid.customers.search(max_items=5):
        print(customer.id, customer.email)
    # batch.run takes un-sent calls: ecwid.calls has the async resources that build them
    results = ecwid.batch.run([ecwid.calls.profile.latest_stats() for _ in range(3)])
    print(len(results), "batch results")
