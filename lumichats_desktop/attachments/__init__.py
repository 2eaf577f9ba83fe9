"""Files attached to a message: documents read as text, images checked and sized. No Qt."""
