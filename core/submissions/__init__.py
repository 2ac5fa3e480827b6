"""What every public submission form shares (questions, petitions, comments).

Kept in core because plugins never import each other (DESIGN §3): the same identity,
consent and flood rules apply to the qa and consultation plugins.
"""
