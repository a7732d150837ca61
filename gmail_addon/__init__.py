"""The Google Workspace (Gmail) add-on endpoints: a thin HTTP layer over the engine. Built in a later issue."""
