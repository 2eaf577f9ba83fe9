"""Qt-free pieces shared by the chat engine and the trainer: Gemma-3 turn format, catalogue, directories."""
