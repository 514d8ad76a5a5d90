"""Phones in the room: a small web page served from the facilitator's laptop on the local network.

Nothing here imports Qt, and nothing imports starlette or uvicorn until a server starts
(``live.server`` and ``live.app`` are imported only then). ``rooms`` and ``events`` are plain Python:
the room code, the phones and their tokens, and turning what a phone sends into undoable session edits.
"""
