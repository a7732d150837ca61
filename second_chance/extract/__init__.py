"""Field extraction: company, role, the human to greet and the address a reply should go to."""
