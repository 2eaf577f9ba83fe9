"""The conversation service: what one reply needs, planned and saved in store transactions. No Qt."""
