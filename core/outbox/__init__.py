"""The outbox (DESIGN §4): every e-mail is a row written with its cause, sent later.

A separate tenant app (label ``outbox``) so its migrations never collide with the
core app's; its table lives in each tenant schema.
"""
