"""Routes for Samen reflecteren: teams without a facilitator."""
