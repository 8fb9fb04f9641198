"""The nurse's intake screen: the form, its attachments and the background jobs it starts."""
