"""Writing the reply: templates and the threaded reply message."""
