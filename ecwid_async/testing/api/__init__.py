"""One module per API area; each declares ``routes = RouteTable()`` (see ``routing``)."""
