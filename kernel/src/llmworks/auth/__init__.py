"""Users, roles, projects, API keys, sessions and the audit log."""
