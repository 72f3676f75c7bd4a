"""Today's REST API examples (``examples/``, extracted by ``scripts/current_examples.py``)
and, per docs area, a map module ``map_<area>.py`` naming the model each decodes into."""
